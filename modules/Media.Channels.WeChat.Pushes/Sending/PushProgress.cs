using System.Globalization;
using System.Text.Json;
using Media.Channels.WeChat.Pushes.Data;
using Media.Data;

namespace Media.Channels.WeChat.Pushes.Sending;

/// <summary>
/// What a push's sending saved so far, kept in <see cref="Push.ExternalIds"/>: each id WeChat returned (draft media_id,
/// msg_id, publish_id, article_id), each uploaded image and cover, and the "may have been sent" time of the calls that
/// are not idempotent (docs/wechat.md §15.6). Every value is committed before the next call, and every commit checks the
/// push's revision, so a second job working on the same push fails its first save instead of calling WeChat twice.
/// </summary>
public sealed class PushProgress(MediaDbContext db, Push push)
{
    public const string DraftMediaId = "draftMediaId";
    public const string DraftTitles = "draftTitles";
    public const string DraftAddSentAt = "draftAddSentAt";
    public const string SendAllSentAt = "sendAllSentAt";
    public const string SubmitSentAt = "submitSentAt";
    public const string MsgId = "msgId";
    public const string MsgDataId = "msgDataId";
    public const string PublishId = "publishId";
    public const string ArticleId = "articleId";
    public const string TotalCount = "totalCount";
    public const string FilterCount = "filterCount";
    public const string SentCount = "sentCount";
    public const string ErrorCount = "errorCount";
    public const string Attempts = "attempts";
    public const string ImagePrefix = "img:";
    public const string CoverPrefix = "cover:";

    /// <summary>The keys the Push JSON shows as <c>externalIds</c>; the rest is the job's bookkeeping.</summary>
    public static readonly IReadOnlySet<string> Public = new HashSet<string>(StringComparer.Ordinal)
        { DraftMediaId, MsgId, MsgDataId, PublishId, ArticleId, TotalCount, FilterCount, SentCount, ErrorCount };

    private readonly Dictionary<string, string> _values = Read(push.ExternalIds);

    public Push Push { get; } = push;

    public static Dictionary<string, string> Read(string json) =>
        JsonSerializer.Deserialize<Dictionary<string, string>>(json) ?? new Dictionary<string, string>(StringComparer.Ordinal);

    public string? Get(string key) => _values.TryGetValue(key, out var value) && value.Length > 0 ? value : null;

    public DateTimeOffset? GetTime(string key) =>
        Get(key) is { } text && DateTimeOffset.TryParse(text, CultureInfo.InvariantCulture, DateTimeStyles.RoundtripKind, out var at)
            ? at
            : null;

    public IReadOnlyDictionary<string, string> WithPrefix(string prefix) =>
        _values.Where(p => p.Key.StartsWith(prefix, StringComparison.Ordinal) && p.Value.Length > 0)
            .ToDictionary(p => p.Key[prefix.Length..], p => p.Value, StringComparer.Ordinal);

    public Task SaveAsync(string key, string value, CancellationToken ct) => SaveAsync([(key, value)], ct);

    public Task SaveTimeAsync(string key, DateTimeOffset at, CancellationToken ct) =>
        SaveAsync(key, at.ToUniversalTime().ToString("O", CultureInfo.InvariantCulture), ct);

    /// <summary>Commits the values (an empty value clears one) together with whatever else changed on the push.</summary>
    public async Task SaveAsync(IEnumerable<(string Key, string Value)> values, CancellationToken ct)
    {
        foreach (var (key, value) in values)
        {
            if (value.Length == 0) _values.Remove(key);
            else _values[key] = value;
        }

        Push.ExternalIds = JsonSerializer.Serialize(_values);
        Push.Revision++;
        await db.SaveChangesAsync(ct);
    }
}
