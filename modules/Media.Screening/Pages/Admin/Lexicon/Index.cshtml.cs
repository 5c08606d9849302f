using Media.Abstractions.Security;
using Media.Abstractions.Time;
using Media.Screening.Endpoints;
using Media.Screening.Store;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Screening.Pages.Admin.Lexicon;

/// <summary>敏感词: the county word list with each word's severity, and its history. Adding, removing or changing a
/// word's severity saves a new version of the whole list with the checks of <c>PUT /api/screening/lexicon</c>
/// (<see cref="LexiconInput"/>, step-up, <see cref="LexiconStore"/> with its audit entry). The form carries the
/// version it was drawn from, so a change made meanwhile by someone else is not overwritten (docs/admin-ui.md §7).</summary>
[Authorize(Policy = nameof(ScreeningPermissions.ManageLexicon))]
public sealed class IndexModel(LexiconStore lexicon, IStepUpGate stepUp) : PageModel
{
    public const int HistoryLength = 20;

    public LexiconSnapshot Current { get; private set; } = new(0, [], null, null);

    public IReadOnlyList<LexiconChange> History { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool NeedsStepUp { get; private set; }

    public string? Done { get; private set; }

    public string UpdatedText => Current.UpdatedAt is { } at ? $"；{Current.UpdatedBy} 修改于 {ChinaTime.Short(at)}（北京时间）" : "";

    public static string Severity(ScreeningSeverity severity) => severity == ScreeningSeverity.Block ? "拦截" : "提醒";

    public async Task OnGetAsync(string? done, CancellationToken ct)
    {
        Done = done;
        await LoadAsync(ct);
    }

    public Task<IActionResult> OnPostAddAsync(int version, string? word, string? category, string? severity, string? note, CancellationToken ct) =>
        ChangeAsync(version, entries =>
            entries.Any(e => string.Equals(e.Word, word?.Trim(), StringComparison.Ordinal))
                ? null
                : [.. entries, new LexiconEntryInput(word, category, severity, note)],
            $"已添加“{word?.Trim()}”。", "词表中已有这个词；要改级别请在列表里操作。", ct);

    public Task<IActionResult> OnPostRemoveAsync(int version, string? word, CancellationToken ct) =>
        ChangeAsync(version, entries => entries.Any(e => e.Word == word) ? entries.Where(e => e.Word != word).ToList() : null,
            $"已删除“{word}”。", "词表中没有这个词。", ct);

    public Task<IActionResult> OnPostSeverityAsync(int version, string? word, string? severity, CancellationToken ct) =>
        ChangeAsync(version, entries => entries.Any(e => e.Word == word)
                ? entries.Select(e => e.Word == word ? e with { Severity = severity } : e).ToList()
                : null,
            $"已修改“{word}”的级别。", "词表中没有这个词。", ct);

    /// <summary>Applies <paramref name="change"/> to the version the form showed (null: nothing to change) and saves
    /// the result as the next version.</summary>
    private async Task<IActionResult> ChangeAsync(int version, Func<List<LexiconEntryInput>, List<LexiconEntryInput>?> change,
        string done, string nothing, CancellationToken ct)
    {
        if (await stepUp.CheckAsync(HttpContext) is not null)
        {
            NeedsStepUp = true;
            return await FailAsync(StatusCodes.Status401Unauthorized, ["修改敏感词表需要先输入身份验证器中的 6 位动态码确认身份。"], ct);
        }
        var current = await lexicon.CurrentAsync(ct);
        if (current.Version != version)
            return await FailAsync(StatusCodes.Status409Conflict, ["词表刚被他人修改过（现在是第 " + current.Version + " 版），请看过最新词表后再操作。"], ct);
        var entries = current.Entries.Select(e => new LexiconEntryInput(e.Word, e.Category, e.Severity == ScreeningSeverity.Block ? "block" : "warn", e.Note)).ToList();
        if (change(entries) is not { } changed) return await FailAsync(StatusCodes.Status422UnprocessableEntity, [nothing], ct);
        var input = new LexiconInput([.. changed]);
        var errors = input.Check();
        if (errors.Any) return await FailAsync(StatusCodes.Status400BadRequest, Readable(errors.ToDictionary().Keys), ct);
        if (await lexicon.ReplaceAsync(input.Normalize(), ct) is null)
            return await FailAsync(StatusCodes.Status409Conflict, ["词表刚被他人修改过，请看过最新词表后再操作。"], ct);
        return RedirectToPage(new { done });
    }

    private static List<string> Readable(IEnumerable<string> fields) => fields.Select(field => field switch
    {
        _ when field.EndsWith(".word", StringComparison.Ordinal) => "请填写词语（不超过 50 字，且不能只有空格或标点）。",
        _ when field.EndsWith(".category", StringComparison.Ordinal) => "请填写类别（不超过 32 字）。",
        _ when field.EndsWith(".severity", StringComparison.Ordinal) => "级别只能是拦截或提醒。",
        _ when field.EndsWith(".note", StringComparison.Ordinal) => "备注不超过 200 字。",
        _ => "词表最多 " + LexiconInput.MaxEntries + " 个词。",
    }).Distinct().ToList();

    private async Task<IActionResult> FailAsync(int status, IReadOnlyList<string> errors, CancellationToken ct)
    {
        Errors = errors;
        Response.StatusCode = status;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        Current = await lexicon.CurrentAsync(ct);
        History = await lexicon.HistoryAsync(HistoryLength, ct);
    }
}
