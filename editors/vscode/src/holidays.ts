/**
 * The holiday library, bundled on its own (out/holidays.cjs) and loaded by the server only when a
 * playbook names a country calendar (`calendar: us`), as the command line loads it: most of its size
 * is every country's rules and time zones.
 */
export { default as Holidays } from 'date-holidays';
