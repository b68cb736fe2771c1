/**
 * The handset's radio identity (D0, D5): IMEI, IMSI and phone number, made up at manufacture with realistic
 * structure and kept in the device directory only. Nothing here is ever sent: the server knows a device by the
 * fingerprint of its key, and the end-to-end privacy test searches the server's bytes for these values.
 */
import { randomInt } from 'node:crypto';
import { z } from 'zod';

export interface HardwareIdentity {
  imei: string;
  imsi: string;
  phoneNumber: string;
}

/** A home network per region: MCC + MNC of a real operator there, and the shape of its mobile numbers. */
interface HomeNetwork {
  mcc: string;
  mnc: string;
  countryCode: string;
  /** National mobile number prefix; random digits fill up to `nationalLength`. */
  mobilePrefix: string;
  nationalLength: number;
}

const HOME_NETWORKS: Record<string, HomeNetwork> = {
  cn: { mcc: '460', mnc: '00', countryCode: '86', mobilePrefix: '138', nationalLength: 11 },
  in: { mcc: '404', mnc: '45', countryCode: '91', mobilePrefix: '98', nationalLength: 10 },
  sg: { mcc: '525', mnc: '01', countryCode: '65', mobilePrefix: '9', nationalLength: 8 },
  my: { mcc: '502', mnc: '12', countryCode: '60', mobilePrefix: '12', nationalLength: 9 },
  id: { mcc: '510', mnc: '10', countryCode: '62', mobilePrefix: '812', nationalLength: 11 },
};
/** Anywhere else: the ITU test network 001-01 and a NANP number from the 555-01xx range set aside for fiction. */
const TEST_NETWORK: HomeNetwork = { mcc: '001', mnc: '01', countryCode: '1', mobilePrefix: '20255501', nationalLength: 10 };

/** A Type Allocation Code of the kind the emulated maker's handsets carry (reporting body 86). */
const TAC_PREFIX = '86';

export type RandomDigit = () => number;
const cryptoDigit: RandomDigit = () => randomInt(10);

function digits(count: number, digit: RandomDigit): string {
  return Array.from({ length: count }, () => String(digit())).join('');
}

/** The Luhn check digit of a string of digits (ISO/IEC 7812, as 3GPP TS 23.003 uses it for the IMEI). */
export function luhnCheckDigit(payload: string): number {
  let sum = 0;
  for (let i = 0; i < payload.length; i += 1) {
    let d = Number(payload[payload.length - 1 - i]);
    if (i % 2 === 0) {
      d *= 2;
      if (d > 9) d -= 9;
    }
    sum += d;
  }
  return (10 - (sum % 10)) % 10;
}

/** 15 digits: TAC (8) + serial (6) + Luhn check digit. */
export function isValidImei(imei: string): boolean {
  return /^\d{15}$/.test(imei) && luhnCheckDigit(imei.slice(0, 14)) === Number(imei[14]);
}

export function homeNetworkOf(region: string): HomeNetwork {
  return HOME_NETWORKS[region] ?? TEST_NETWORK;
}

/** A fresh identity for a handset sold in `region` (its SIM's home network and number follow the region). */
export function generateHardwareIdentity(region: string, digit: RandomDigit = cryptoDigit): HardwareIdentity {
  const network = homeNetworkOf(region);
  const body = TAC_PREFIX + digits(12, digit);
  const imei = body + String(luhnCheckDigit(body));
  const imsi = network.mcc + network.mnc + digits(15 - network.mcc.length - network.mnc.length, digit);
  const national = network.mobilePrefix + digits(network.nationalLength - network.mobilePrefix.length, digit);
  return { imei, imsi, phoneNumber: `+${network.countryCode}${national}` };
}

export const hardwareIdentitySchema = z.strictObject({
  imei: z.string().refine(isValidImei, 'expected 15 digits with a valid Luhn check digit'),
  imsi: z.string().regex(/^\d{6,15}$/, 'expected MCC + MNC + MSIN, at most 15 digits'),
  phoneNumber: z.string().regex(/^\+[1-9]\d{6,14}$/, 'expected an E.164 number'),
});
