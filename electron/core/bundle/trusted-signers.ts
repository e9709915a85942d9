import { AppError } from '../../../shared/errors';
import { keyIdHex, type MinisignPublicKey } from './minisign/minisign';

/** An officer key headquarters trusts, with the name of the file it came from (for the refusal). */
export interface SignerFile {
  readonly file: string;
  readonly key: MinisignPublicKey;
}

/**
 * The trusted officer keys, one per key id. minisign's key id is 8 bytes whoever makes the key
 * chooses, so a second trusted officer could copy another's: with both trusted, which officer
 * a bundle counted for would depend on the order of the files. Two different keys under one
 * key id are refused, naming both files; the same key given twice counts once.
 */
export function distinctSigners(files: readonly SignerFile[]): MinisignPublicKey[] {
  const byKeyId = new Map<string, SignerFile>();
  for (const signer of files) {
    const keyId = keyIdHex(signer.key.keyId);
    const held = byKeyId.get(keyId);
    if (!held) byKeyId.set(keyId, signer);
    else if (!held.key.publicKey.equals(signer.key.publicKey)) {
      throw new AppError('INVALID_INPUT', `The officer key files ${held.file} and ${signer.file} hold two different keys with the same key id ${keyId}: confirm each fingerprint with its officer and trust only the right one.`);
    }
  }
  return [...byKeyId.values()].map((signer) => signer.key);
}
