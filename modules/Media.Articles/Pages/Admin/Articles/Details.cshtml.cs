using Media.Abstractions.Content;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>One article: the web channel's rendering, its metadata and content hash, every version, and the
/// difference between any two versions (by default the previous one and the current one).</summary>
[Authorize]
public sealed class DetailsModel(ArticleQueries queries, ArticleAccess access, IEnumerable<IArticlePreview> previews, MediaDbContext db)
    : PageModel
{
    public Article Article { get; private set; } = null!;

    public ArticleVersion Current { get; private set; } = null!;

    public IReadOnlyList<ArticleVersion> Versions { get; private set; } = [];

    /// <summary>The sanitizer's output (through the web channel's renderer) and nothing else: safe to emit raw.</summary>
    public string PreviewHtml { get; private set; } = "";

    public ColumnNames Columns { get; private set; } = new([]);

    public int? From { get; private set; }

    public int? To { get; private set; }

    public IReadOnlyList<FieldDiff> Diff { get; private set; } = [];

    public int? Saved { get; private set; }

    public bool CanEdit => Article.Status == EditorialStatus.Draft && access.CanEdit(Article);

    public async Task<IActionResult> OnGetAsync(Guid id, int? from, int? to, int? saved, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return NotFound();
        (Article, Current) = found;
        Versions = await queries.VersionsAsync(id, ct) ?? [];
        Columns = await ColumnNames.LoadAsync(db, ct);
        Saved = saved;
        PreviewHtml = await RenderAsync(Current, ct);
        ChooseDiff(from, to);
        return Page();
    }

    private void ChooseDiff(int? from, int? to)
    {
        var newer = Versions.FirstOrDefault(v => v.Version == (to ?? Current.Version)) ?? Current;
        var older = from is { } f ? Versions.FirstOrDefault(v => v.Version == f) : Versions.LastOrDefault(v => v.Version < newer.Version);
        To = newer.Version;
        From = older?.Version;
        if (older is null) return;
        Diff = VersionDiff.Compare(older, newer)
            .Select(d => d.Field == "columnId" ? VersionDiff.Field(d.Field, Columns.Name(older.ColumnId), Columns.Name(newer.ColumnId)) : d)
            .ToList();
    }

    private Task<string> RenderAsync(ArticleVersion v, CancellationToken ct) =>
        previews.Single(p => p.Channel == "web").RenderAsync(new ArticlePreviewSource(v.ArticleId, v.Version, v.Title,
            v.Subtitle, v.Author, v.Source, v.Summary, v.Body, v.CoverMediaId, v.Tags), ct);
}
