using System.Security.Cryptography;
using Media.Abstractions.Hosting;
using Microsoft.Extensions.Configuration;

namespace Media.AuditTrail.Chain;

/// <summary>The HMAC key of the chain. It lives outside the database — <c>Media:AuditTrail:Key</c> (base64), or a
/// key file created once under AppData readable by the owner only — so database access alone cannot re-forge history.</summary>
public sealed class AuditKey
{
    public const string FileName = "audit-chain.key";

    public AuditKey(IConfiguration configuration, MediaAppData appData)
    {
        var configured = configuration["Media:AuditTrail:Key"];
        Bytes = string.IsNullOrWhiteSpace(configured) ? LoadOrCreate(Path.Combine(appData.Folder("keys"), FileName)) : Convert.FromBase64String(configured);
        if (Bytes.Length < 32) throw new InvalidOperationException("The audit chain key must have at least 32 bytes.");
    }

    internal AuditKey(byte[] bytes) => Bytes = bytes;

    internal byte[] Bytes { get; }

    private static byte[] LoadOrCreate(string path)
    {
        if (File.Exists(path)) return Convert.FromBase64String(File.ReadAllText(path).Trim());
        var key = RandomNumberGenerator.GetBytes(32);
        var options = new FileStreamOptions { Mode = FileMode.CreateNew, Access = FileAccess.Write };
        if (!OperatingSystem.IsWindows()) options.UnixCreateMode = UnixFileMode.UserRead | UnixFileMode.UserWrite;
        try
        {
            using var writer = new StreamWriter(path, System.Text.Encoding.ASCII, options);
            writer.Write(Convert.ToBase64String(key));
        }
        catch (IOException) when (File.Exists(path))
        {
            return Convert.FromBase64String(File.ReadAllText(path).Trim()); // another process created it first
        }
        return key;
    }
}
