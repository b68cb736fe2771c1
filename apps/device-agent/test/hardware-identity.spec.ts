import { generateHardwareIdentity, hardwareIdentitySchema, isValidImei, luhnCheckDigit } from '../src/device/hardware-identity';

describe('hardware identity', () => {
  it('computes the Luhn check digit of an IMEI (3GPP TS 23.003 example 49015420323751-8)', () => {
    expect(luhnCheckDigit('49015420323751')).toBe(8);
    expect(isValidImei('490154203237518')).toBe(true);
    expect(isValidImei('490154203237517')).toBe(false);
    expect(isValidImei('49015420323751')).toBe(false);
  });

  it.each([
    ['cn', /^46000\d{10}$/, /^\+86138\d{8}$/],
    ['in', /^40445\d{10}$/, /^\+919\d{9}$/],
    ['sg', /^52501\d{10}$/, /^\+659\d{7}$/],
    ['my', /^50212\d{10}$/, /^\+6012\d{7}$/],
    ['id', /^51010\d{10}$/, /^\+62812\d{8}$/],
    ['global', /^00101\d{10}$/, /^\+120255501\d{2}$/],
  ])('makes a SIM of a home network in %s (IMSI = MCC + MNC + MSIN) and an E.164 number', (region, imsi, phone) => {
    const hw = generateHardwareIdentity(region);
    expect(hw.imsi).toMatch(imsi);
    expect(hw.phoneNumber).toMatch(phone);
    expect(isValidImei(hw.imei)).toBe(true);
    expect(hardwareIdentitySchema.parse(hw)).toEqual(hw);
  });

  it('makes a different handset each time', () => {
    const imeis = new Set(Array.from({ length: 50 }, () => generateHardwareIdentity('in').imei));
    expect(imeis.size).toBe(50);
  });
});
