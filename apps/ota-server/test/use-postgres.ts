// Setup file of the `ota-server:postgres` jest project: the same server suites, against the local PostgreSQL
// (each test server creates its own database and drops it). PostgreSQL not answering fails the run.
process.env.OTA_TEST_DATABASE = 'postgres';
