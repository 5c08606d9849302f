using System.Security.Cryptography;

namespace Media.WeChat.Sandbox.Protocol;

/// <summary>Opaque ids shaped like WeChat's (base64url text of the observed lengths).</summary>
internal static class SandboxIds
{
    private const string Alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
    private const string Digits = "0123456789";

    public static string MediaId() => RandomNumberGenerator.GetString(Alphabet, 64);

    public static string ArticleId() => RandomNumberGenerator.GetString(Alphabet, 43);

    public static string ImageId() => RandomNumberGenerator.GetString(Alphabet, 43);

    public static string ShortLink() => RandomNumberGenerator.GetString(Alphabet, 22);

    public static string MsgDataId() => "2" + RandomNumberGenerator.GetString(Digits, 9);

    public static string AccessToken(long sequence) =>
        $"{80 + (sequence % 10)}_{RandomNumberGenerator.GetString(Alphabet, 136)}";
}
