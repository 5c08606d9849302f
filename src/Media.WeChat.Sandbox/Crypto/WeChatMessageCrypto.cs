using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Media.WeChat.Sandbox.Crypto;

/// <summary>
/// WeChat's safe-mode message crypto: AES-256-CBC, key = Base64(EncodingAESKey + "="), IV = key[0..16),
/// PKCS#7 padding to 32-byte blocks, plaintext = random(16) | msg_len (big-endian) | msg | appid.
/// </summary>
public sealed class WeChatMessageCrypto
{
    private const int BlockSize = 32;
    private const int RandomLength = 16;

    private readonly byte[] _key;
    private readonly string _appId;

    public WeChatMessageCrypto(string encodingAesKey, string appId)
    {
        ArgumentNullException.ThrowIfNull(encodingAesKey);
        ArgumentException.ThrowIfNullOrEmpty(appId);
        if (encodingAesKey.Length != 43)
        {
            throw new ArgumentException("An EncodingAESKey has 43 characters.", nameof(encodingAesKey));
        }

        _key = Convert.FromBase64String(encodingAesKey + "=");
        _appId = appId;
    }

    public string Encrypt(string message) => Encrypt(message, RandomNumberGenerator.GetBytes(RandomLength));

    /// <summary>Encrypts with a caller-chosen 16-byte random prefix, so known vectors can be reproduced.</summary>
    public string Encrypt(string message, ReadOnlySpan<byte> random)
    {
        ArgumentNullException.ThrowIfNull(message);
        if (random.Length != RandomLength)
        {
            throw new ArgumentException("The random prefix has 16 bytes.", nameof(random));
        }

        var msg = Encoding.UTF8.GetBytes(message);
        var appId = Encoding.UTF8.GetBytes(_appId);
        var length = RandomLength + 4 + msg.Length + appId.Length;
        var pad = BlockSize - (length % BlockSize);
        var plain = new byte[length + pad];
        random.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomLength, 4), msg.Length);
        msg.CopyTo(plain, RandomLength + 4);
        appId.CopyTo(plain, RandomLength + 4 + msg.Length);
        plain.AsSpan(length).Fill((byte)pad);

        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <summary>Decrypts an Encrypt value and checks the trailing appid; throws CryptographicException on any mismatch.</summary>
    public string Decrypt(string encrypt)
    {
        ArgumentNullException.ThrowIfNull(encrypt);
        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(Convert.FromBase64String(encrypt), _key.AsSpan(0, 16), PaddingMode.None);
        var pad = plain.Length == 0 ? 0 : plain[^1];
        if (pad is < 1 or > BlockSize || pad > plain.Length - RandomLength - 4)
        {
            throw new CryptographicException("Bad PKCS#7 padding.");
        }

        var body = plain.AsSpan(0, plain.Length - pad);
        var msgLength = BinaryPrimitives.ReadInt32BigEndian(body.Slice(RandomLength, 4));
        if (msgLength < 0 || RandomLength + 4 + msgLength > body.Length)
        {
            throw new CryptographicException("Bad message length.");
        }

        var appId = Encoding.UTF8.GetString(body[(RandomLength + 4 + msgLength)..]);
        if (!string.Equals(appId, _appId, StringComparison.Ordinal))
        {
            throw new CryptographicException("The message was encrypted for another appid.");
        }

        return Encoding.UTF8.GetString(body.Slice(RandomLength + 4, msgLength));
    }
}
