/** Password of the seeded accounts in test databases (the demo accounts, see seed/demo-accounts.ts). */
export const TEST_PASSWORD = 'silta-test-password';
