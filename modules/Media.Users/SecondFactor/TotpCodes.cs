using OtpNet;

namespace Media.Users.SecondFactor;

/// <summary>RFC 6238 as docs/accounts.md §7 fixes it: SHA-1, 6 digits, 30-second steps, one step either side.</summary>
internal static class TotpCodes
{
    public const int Digits = 6;
    public const int StepSeconds = 30;
    private const int SecretBytes = 20; // 160 bits, the length RFC 4226 recommends for SHA-1

    public static byte[] NewSecret() => KeyGeneration.GenerateRandomKey(SecretBytes);

    /// <summary>The time step the code belongs to, or null when it matches none of the steps in the window.</summary>
    public static long? MatchStep(byte[] secret, string code, DateTimeOffset now)
    {
        if (code.Length != Digits || !code.All(char.IsAsciiDigit)) return null;
        var totp = new Totp(secret, StepSeconds, OtpHashMode.Sha1, Digits);
        return totp.VerifyTotp(now.UtcDateTime, code, out var step, VerificationWindow.RfcSpecifiedNetworkDelay) ? step : null;
    }

    public static string OtpAuthUri(string issuer, string account, string base32Secret) =>
        $"otpauth://totp/{Uri.EscapeDataString(issuer)}:{Uri.EscapeDataString(account)}?secret={base32Secret}" +
        $"&issuer={Uri.EscapeDataString(issuer)}&algorithm=SHA1&digits={Digits}&period={StepSeconds}";

    /// <summary>Codes are typed on phones: spaces and dashes a user adds are ignored.</summary>
    public static string Normalize(string? code) =>
        new string((code ?? "").Where(c => !char.IsWhiteSpace(c) && c != '-').ToArray()).ToLowerInvariant();
}
