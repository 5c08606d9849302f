using System.Text.Json;
using Media.Channels.WeChat.Callbacks;

namespace Media.Channels.WeChat.Pushes.Data;

/// <summary>What a job event said: <c>Status</c> is MASSSENDJOBFINISH's text (<c>send success</c>, <c>send fail</c>,
/// <c>err(NNNNN)</c>) or PUBLISHJOBFINISH's publish_status as a number; <c>Urls</c> are the articles' links by 1-based index.</summary>
public sealed record PushEventFacts(string Status, string? ArticleId, IReadOnlyDictionary<int, string> Urls, IReadOnlyList<int> FailIdx,
    int TotalCount = 0, int FilterCount = 0, int SentCount = 0, int ErrorCount = 0)
{
    public static PushEventFacts From(WeChatMassSendJobFinished job) => new(job.Status, null, Links(job.Articles), [], job.TotalCount,
        job.FilterCount, job.SentCount, job.ErrorCount);

    public static PushEventFacts From(WeChatPublishJobFinished job) =>
        new(job.RawStatus.ToString(System.Globalization.CultureInfo.InvariantCulture), job.ArticleId, Links(job.Articles), job.FailIdx);

    public string ToJson() => JsonSerializer.Serialize(this);

    public static PushEventFacts Read(string json) =>
        JsonSerializer.Deserialize<PushEventFacts>(json) ?? throw new JsonException("An empty push event.");

    private static Dictionary<int, string> Links(IEnumerable<Api.WeChatPublishedArticle> articles) =>
        articles.Where(a => a.Index > 0 && a.Url.Length > 0).GroupBy(a => a.Index).ToDictionary(g => g.Key, g => g.First().Url);
}
