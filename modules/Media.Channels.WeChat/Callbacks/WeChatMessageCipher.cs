using System.Buffers.Binary;
using System.Security.Cryptography;
using System.Text;

namespace Media.Channels.WeChat.Callbacks;

/// <summary>
/// Safe-mode (安全模式) message crypto (docs/wechat.md §7.4): AES-256-CBC with key = Base64(EncodingAESKey + "=") and
/// IV = the key's first 16 bytes; PKCS#7 padding to 32-byte blocks (not AES's 16); the plaintext is
/// random(16) ‖ msg_len (4 bytes, big-endian) ‖ msg (UTF-8) ‖ appid.
/// </summary>
public sealed class WeChatMessageCipher
{
    private const int PadBlock = 32;
    private const int RandomLength = 16;

    private readonly byte[] _key;

    /// <exception cref="ArgumentException">The key is not 43 Base64 characters standing for 32 bytes.</exception>
    public WeChatMessageCipher(string encodingAesKey)
    {
        ArgumentNullException.ThrowIfNull(encodingAesKey);
        byte[]? key = null;
        if (encodingAesKey.Length == 43)
        {
            key = new byte[33];
            key = Convert.TryFromBase64String(encodingAesKey + "=", key, out var written) && written == 32 ? key[..32] : null;
        }

        _key = key ?? throw new ArgumentException("An EncodingAESKey is 43 Base64 characters.", nameof(encodingAesKey));
    }

    public string Encrypt(string message, string appId) => Encrypt(message, appId, RandomNumberGenerator.GetBytes(RandomLength));

    /// <summary>Encrypts with a given 16-byte prefix; tests use it to reproduce published vectors.</summary>
    public string Encrypt(string message, string appId, ReadOnlySpan<byte> random)
    {
        ArgumentNullException.ThrowIfNull(message);
        ArgumentNullException.ThrowIfNull(appId);
        if (random.Length != RandomLength) throw new ArgumentException("The random prefix is 16 bytes.", nameof(random));
        var msg = Encoding.UTF8.GetBytes(message);
        var app = Encoding.UTF8.GetBytes(appId);
        var length = RandomLength + 4 + msg.Length + app.Length;
        var pad = PadBlock - (length % PadBlock);
        var plain = new byte[length + pad];
        random.CopyTo(plain);
        BinaryPrimitives.WriteInt32BigEndian(plain.AsSpan(RandomLength), msg.Length);
        msg.CopyTo(plain, RandomLength + 4);
        app.CopyTo(plain, RandomLength + 4 + msg.Length);
        plain.AsSpan(length).Fill((byte)pad);
        using var aes = Aes.Create();
        aes.Key = _key;
        return Convert.ToBase64String(aes.EncryptCbc(plain, _key.AsSpan(0, 16), PaddingMode.None));
    }

    /// <exception cref="CryptographicException">Not Base64, not whole blocks, bad padding or a bad length field.</exception>
    public WeChatDecryptedMessage Decrypt(string encrypt)
    {
        ArgumentNullException.ThrowIfNull(encrypt);
        var cipher = new byte[encrypt.Length];
        if (!Convert.TryFromBase64String(encrypt, cipher, out var cipherLength) || cipherLength == 0 || cipherLength % 16 != 0)
        {
            throw new CryptographicException("Encrypt is not Base64 of whole AES blocks.");
        }

        using var aes = Aes.Create();
        aes.Key = _key;
        var plain = aes.DecryptCbc(cipher.AsSpan(0, cipherLength), _key.AsSpan(0, 16), PaddingMode.None);
        var content = plain.AsSpan(0, plain.Length - PadLength(plain));
        if (content.Length < RandomLength + 4)
        {
            throw new CryptographicException("The decrypted message is too short.");
        }

        var msgLength = BinaryPrimitives.ReadInt32BigEndian(content[RandomLength..]);
        var rest = content[(RandomLength + 4)..];
        if (msgLength < 0 || msgLength > rest.Length)
        {
            throw new CryptographicException("The decrypted message has a bad length field.");
        }

        return new WeChatDecryptedMessage(Encoding.UTF8.GetString(rest[..msgLength]), Encoding.UTF8.GetString(rest[msgLength..]));
    }

    private static int PadLength(byte[] plain)
    {
        var pad = plain[^1];
        if (pad is < 1 or > PadBlock || pad > plain.Length || plain.AsSpan(plain.Length - pad).ContainsAnyExcept(pad))
        {
            throw new CryptographicException("Bad PKCS#7 padding.");
        }

        return pad;
    }
}
