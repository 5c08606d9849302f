using Media.Abstractions.Content;
using Media.Abstractions.Screening;
using Media.Articles.Content;
using Media.Articles.Data;
using Media.Articles.Endpoints;
using Media.Articles.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The editor's preview of a saved version (heading, deck, byline, summary, body as <see cref="EditorPreview"/>
/// renders them); with <c>?screening=1</c> the screening hits are marked in the text (docs/admin-ui.md §10). Only
/// here: the public site and the channel previews used for sign-off never carry marks.</summary>
[Authorize]
public sealed class ProofModel(ArticleQueries queries, EditorPreview preview, IArticleScreening screener) : PageModel
{
    public Article Article { get; private set; } = null!;

    public ArticleVersion Shown { get; private set; } = null!;

    /// <summary>The preview's HTML: Markdig and the sanitizer's output, with marks placed through the DOM when asked.</summary>
    public string Html { get; private set; } = "";

    /// <summary>Set when the hits are marked.</summary>
    public ArticleScreeningResult? Result { get; private set; }

    public MarkedHtml? Marked { get; private set; }

    public int Blocking => Result?.Hits.Count(h => h.IsBlocking) ?? 0;

    public async Task<IActionResult> OnGetAsync(Guid id, int? version, int? screening, CancellationToken ct)
    {
        if (await queries.FindAsync(id, ct) is not { } found) return NotFound();
        if (await ChannelPreview.VersionAsync(queries, found, version, ct) is not { } v) return NotFound();
        (Article, Shown) = (found.Article, v);
        Html = preview.Render(v.Title, Blank(v.Subtitle), Blank(v.Author), Blank(v.Source), Blank(v.Summary), v.Body);
        if (screening == 1)
        {
            var text = new ArticleText(v.Title, v.Subtitle, v.Summary, v.Body);
            Result = await screener.ScreenAsync(text, ct);
            Marked = ScreeningMarks.Mark(Html, text, Result.Hits);
            Html = Marked.Html;
        }
        ChannelPreview.NotForCaches(Response);
        return Page();
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value;
}
