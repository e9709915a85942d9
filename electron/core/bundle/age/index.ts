export { AgeEncryptStream } from './encrypt';
export { AgeDecryptStream } from './decrypt';
export { ageRecipientFingerprint, generateAgeIdentity, parseAgeIdentity, parseAgeIdentityFile, parseAgeRecipient, recipientOf, type AgeIdentity } from './x25519';
