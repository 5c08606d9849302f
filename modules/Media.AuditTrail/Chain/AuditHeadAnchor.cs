using System.Globalization;
using System.Text.Json;
using Media.Abstractions.Hosting;
using Microsoft.Extensions.Logging;

namespace Media.AuditTrail.Chain;

/// <summary>The last committed head the chain is known to have reached: its seq, hash and when.</summary>
public sealed record AuditHead(long Seq, string Hash, DateTimeOffset At);

/// <summary>
/// Keeps the chain's head outside the database (a MAC-sealed file beside the key), so that cutting entries off the
/// end of the chain — which leaves a shorter chain that still links — is caught: verify requires the anchored entry
/// to be there with the anchored hash. The anchor only moves forward, and only to heads known to be committed (after
/// the interceptor's own commit, or after a verify walked them), so a rolled-back append never raises a false alarm.
/// </summary>
public sealed class AuditHeadAnchor(MediaAppData appData, AuditChain chain, TimeProvider clock, ILogger<AuditHeadAnchor> logger)
{
    public const string FileName = "audit-head.json";

    private readonly Lock gate = new();
    private long written = -1;

    public string FilePath => Path.Combine(appData.Folder("keys"), FileName);

    /// <summary>Records that the chain reached <paramref name="seq"/> with <paramref name="hash"/>. Never fails the
    /// caller (the change is already committed): a file that cannot be written is logged.</summary>
    public void Advance(long seq, string hash)
    {
        lock (gate)
        {
            if (written < 0) written = Read().Head?.Seq ?? 0;
            if (seq <= written) return;
            try
            {
                var at = AuditChain.Truncate(clock.GetUtcNow());
                var file = FilePath;
                var temporary = $"{file}.{Guid.NewGuid():N}.tmp";
                File.WriteAllText(temporary, JsonSerializer.Serialize(new AnchorFile(seq, hash, AuditChain.FormatTime(at), Mac(seq, hash, at)), JsonSerializerOptions.Web));
                File.Move(temporary, file, overwrite: true);
                written = seq;
            }
            catch (Exception e) when (e is IOException or UnauthorizedAccessException)
            {
                Log.AnchorNotWritten(logger, seq, e);
            }
        }
    }

    /// <summary>The anchored head (null when none was recorded yet), or why the anchor file cannot be trusted.</summary>
    public (AuditHead? Head, string? Problem) Read()
    {
        var file = FilePath;
        if (!File.Exists(file)) return (null, null);
        try
        {
            var anchor = JsonSerializer.Deserialize<AnchorFile>(File.ReadAllText(file), JsonSerializerOptions.Web);
            if (anchor is null) return (null, $"the head anchor {file} is empty");
            var at = DateTimeOffset.ParseExact(anchor.At, AuditChain.TimeFormat, CultureInfo.InvariantCulture,
                DateTimeStyles.AssumeUniversal | DateTimeStyles.AdjustToUniversal);
            return anchor.Mac == Mac(anchor.Seq, anchor.Hash, at)
                ? (new AuditHead(anchor.Seq, anchor.Hash, at), null)
                : (null, $"the head anchor {file} was altered (its MAC does not match)");
        }
        catch (Exception e) when (e is JsonException or FormatException or ArgumentNullException)
        {
            return (null, $"the head anchor {file} cannot be read: {e.Message}");
        }
    }

    private string Mac(long seq, string hash, DateTimeOffset at)
    {
        using var hasher = chain.CreateHasher();
        return hasher.Mac(string.Create(CultureInfo.InvariantCulture, $"media-audit-head\n{seq}\n{hash}\n{AuditChain.FormatTime(at)}"));
    }

    private sealed record AnchorFile(long Seq, string Hash, string At, string Mac);
}
