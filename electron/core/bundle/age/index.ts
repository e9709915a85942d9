export { AgeEncryptStream } from './encrypt';
export { AgeDecryptStream } from './decrypt';
export { generateAgeIdentity, parseAgeIdentity, parseAgeIdentityFile, parseAgeRecipient, recipientOf, type AgeIdentity } from './x25519';
