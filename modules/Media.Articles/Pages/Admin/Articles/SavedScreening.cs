using Media.Abstractions.Screening;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>Screening of the saved version as the article page shows it to the editor after 保存 (docs/admin-ui.md §10).</summary>
public sealed record SavedScreening(Guid ArticleId, int Version, ArticleText Text, IReadOnlyList<ScreeningFinding> Hits)
{
    public int Blocking => Hits.Count(h => h.IsBlocking);

    /// <summary>The highlighted preview of this version, at the hit's mark when one is named.</summary>
    public string PreviewUrl(string? anchor = null) =>
        $"/admin/articles/{ArticleId}/preview?version={Version}&screening=1" + (anchor is null ? "" : "#" + anchor);
}
