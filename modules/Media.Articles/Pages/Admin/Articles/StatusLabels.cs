using Media.Abstractions.Content;
using Media.Articles.Data;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>How the admin pages name each editorial state.</summary>
public static class StatusLabels
{
    private static readonly IReadOnlyDictionary<string, string> Labels = new Dictionary<string, string>
    {
        [EditorialStatus.Draft] = "草稿 Draft",
        [EditorialStatus.InReview] = "审核中 In review",
        [EditorialStatus.Approved] = "已签发 Approved",
        [EditorialStatus.Scheduled] = "定时发布 Scheduled",
        [EditorialStatus.Published] = "已发布 Published",
        [EditorialStatus.Retracted] = "已撤稿 Retracted",
    };

    public static string For(string status) => Labels.TryGetValue(status, out var label) ? label : status;
}
