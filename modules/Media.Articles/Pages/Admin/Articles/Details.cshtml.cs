using Media.Abstractions.Content;
using Media.Abstractions.Problems;
using Media.Abstractions.Screening;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Articles.Lifecycle;
using Media.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>One article: its version as each channel receives it (framed, docs/review.md §4), its metadata and content hash, every version, and the
/// difference between any two versions (by default the previous one and the current one).</summary>
[Authorize]
public sealed class DetailsModel(ArticleQueries queries, ArticleAccess access, LifecycleGate gate, ArticleDesk desk,
    MediaDbContext db, IArticleScreening screening) : PageModel
{
    public Article Article { get; private set; } = null!;

    public ArticleVersion Current { get; private set; } = null!;

    public IReadOnlyList<ArticleVersion> Versions { get; private set; } = [];

    public ColumnNames Columns { get; private set; } = new([]);

    public int? From { get; private set; }

    public int? To { get; private set; }

    public IReadOnlyList<FieldDiff> Diff { get; private set; } = [];

    public int? Saved { get; private set; }

    /// <summary>The current version screened, while the piece is a draft or being corrected (docs/admin-ui.md §10).</summary>
    public SavedScreening? Screening { get; private set; }

    /// <summary>Why the last restore was refused, in the newsroom's words.</summary>
    /// <summary>What the desk refused, shown with <c>_Refusal</c> (docs/admin-ui.md §13).</summary>
    public Outcome? Refused { get; private set; }

    public bool CanEdit => May(ArticleOperation.Edit) && access.CanEdit(Article);

    public bool CanRestore => May(ArticleOperation.Restore) && access.CanEdit(Article);

    public bool CanCorrect => May(ArticleOperation.OpenCorrection);

    /// <summary>送审: the table offers submit from here and the viewer may edit the piece (its author or an editor).</summary>
    public bool CanSubmit => May(ArticleOperation.Submit) && access.CanEdit(Article);

    /// <summary>去发布: signed off (已签发) and the viewer holds the publish permission.</summary>
    public bool CanPublish => May(ArticleOperation.Publish);

    /// <summary>A reviewer sent the piece back: the comment is shown beside 去修改.</summary>
    public bool SentBack => EditorialStatus.IsSentBack(Article.Status, Article.LastReviewComment);

    public async Task<IActionResult> OnGetAsync(Guid id, int? from, int? to, int? saved, CancellationToken ct)
    {
        Saved = saved;
        return await LoadAsync(id, from, to, ct) ? Page() : NotFound();
    }

    /// <summary>Restores an earlier version as the newest one (the table's <c>restore</c>); the version the reader saw
    /// travels along, so a restore over someone else's newer save is refused instead of hiding it.</summary>
    public async Task<IActionResult> OnPostRestoreAsync(Guid id, int version, int expectedVersion, CancellationToken ct)
    {
        var result = await desk.RestoreAsync(id, expectedVersion, version, ct);
        if (result.Saved) return Redirect($"/admin/articles/{id}?saved={result.Version!.Version}");
        if (result.Outcome.Kind == OutcomeKind.NotFound) return NotFound();
        Refused = result.Outcome.Kind == OutcomeKind.PreconditionFailed
            ? result.Outcome.Says($"稿件已被他人修改（现为第 {result.Article?.CurrentVersion} 版），未恢复；请查看最新版本后再试。")
            : result.Outcome;
        Response.StatusCode = result.Outcome.StatusCode();
        return await LoadAsync(id, null, null, ct) ? Page() : NotFound();
    }

    private bool May(string operation) => gate.Check(Article, operation).Refusal is null;

    private async Task<bool> LoadAsync(Guid id, int? from, int? to, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return false;
        (Article, Current) = found;
        Versions = await queries.VersionsAsync(id, ct) ?? [];
        Columns = await ColumnNames.LoadAsync(db, ct);
        ChooseDiff(from, to);
        if (Article.Status is EditorialStatus.Draft or EditorialStatus.Correcting)
        {
            var text = new ArticleText(Current.Title, Current.Subtitle, Current.Summary, Current.Body);
            Screening = new SavedScreening(id, Current.Version, text, (await screening.ScreenAsync(text, ct)).Hits);
        }
        return true;
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
}
