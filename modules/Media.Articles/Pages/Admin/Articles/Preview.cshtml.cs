using Media.Articles.Data;
using Media.Articles.Rendering;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Articles.Pages.Admin.Articles;

/// <summary>The editor's live preview: unsaved fields rendered with the site's sanitizing renderer (Markdig, then
/// the allow-list sanitizer). A POST, so the page's antiforgery check applies; editor.js sends the token in the
/// RequestVerificationToken header, the antiforgery default.</summary>
[Authorize]
public sealed class PreviewModel(EditorPreview preview) : PageModel
{
    public IActionResult OnGet() => NotFound();

    public IActionResult OnPost([FromBody] PreviewRequest? request)
    {
        if (request is null) return BadRequest(new { error = "Send the editor's fields as JSON." });
        if (request.Body is { Length: > ArticleLimits.Body })
            return BadRequest(new { error = $"The body is longer than {ArticleLimits.Body} characters." });
        var html = preview.Render(request.Title?.Trim() ?? "", Blank(request.Subtitle), Blank(request.Author), Blank(request.Source),
            Blank(request.Summary), request.Body ?? "");
        return new JsonResult(new { html });
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
