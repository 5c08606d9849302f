using Media.Articles.Data;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>How the admin pages name each editorial state.</summary>
public static class StatusLabels
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [ArticleStatus.Draft] = "草稿 Draft",
        [ArticleStatus.InReview] = "审核中 In review",
        [ArticleStatus.Approved] = "已签发 Approved",
        [ArticleStatus.Scheduled] = "定时发布 Scheduled",
        [ArticleStatus.Published] = "已发布 Published",
        [ArticleStatus.Retracted] = "已撤稿 Retracted",
    };

    public static string For(string status) => Labels.TryGetValue(status, out var label) ? label : status;
}
