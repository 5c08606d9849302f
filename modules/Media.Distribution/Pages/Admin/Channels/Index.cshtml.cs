using System.Text.Json;
using Media.Abstractions.Http;
using Media.Abstractions.Security;
using Media.Distribution.Channels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Distribution.Pages.Admin.Channels;

/// <summary>渠道: the channels with the settings that may be shown (secrets only as 已设置), and forms that add a county
/// app or a WeChat account with the checks of <c>POST /api/channels</c> — input, outbound address, step-up — through
/// <see cref="ChannelDesk"/> (docs/admin-ui.md §7). A secret typed here is never shown again.</summary>
[Authorize(Policy = nameof(DistributionPermissions.ManageChannels))]
public sealed class IndexModel(ChannelDesk desk, OutboundAddressPolicy outbound, IStepUpGate stepUp) : PageModel
{
    public IReadOnlyList<ChannelResponse> Channels { get; private set; } = [];

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool NeedsStepUp { get; private set; }

    public string? Created { get; private set; }

    public string? FormType { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    /// <summary>The non-secret settings typed, shown again after a refusal (never the secrets).</summary>
    [BindProperty]
    public Dictionary<string, string?> Settings { get; set; } = [];

    public string? Typed(string key) => Settings.TryGetValue(key, out var value) ? value : null;

    public async Task OnGetAsync(string? created, CancellationToken ct)
    {
        Created = created;
        Channels = await desk.ListAsync(ct);
    }

    public Task<IActionResult> OnPostAppAsync(CancellationToken ct) => CreateAsync(ChannelTypes.App, ct);

    public Task<IActionResult> OnPostWeChatAsync(CancellationToken ct) => CreateAsync(ChannelTypes.WeChat, ct);

    private async Task<IActionResult> CreateAsync(string type, CancellationToken ct)
    {
        FormType = type;
        if (await stepUp.CheckAsync(HttpContext) is not null)
        {
            NeedsStepUp = true;
            return await FailAsync(StatusCodes.Status401Unauthorized, ["添加渠道需要先输入身份验证器中的 6 位动态码确认身份。"], ct);
        }
        var input = ChannelInput.FromText(type, Name?.Trim() ?? "",
            Settings.Where(s => !string.IsNullOrWhiteSpace(s.Value)).ToDictionary(s => s.Key, s => (string?)s.Value!.Trim()));
        var errors = input.Check();
        if (errors.Any)
            return await FailAsync(StatusCodes.Status400BadRequest, errors.ToDictionary().Keys.Select(ChannelTexts.Invalid).Distinct().ToList(), ct);
        var addresses = await ChannelAddresses.CheckAsync(input, outbound, ct);
        if (addresses.Any)
            return await FailAsync(StatusCodes.Status422UnprocessableEntity,
                addresses.ToDictionary().Select(e => ChannelTexts.Unreachable(e.Key, string.Join(" ", e.Value))).ToList(), ct);
        var channel = await desk.CreateAsync(input, ct);
        return RedirectToPage(new { created = channel.Name });
    }

    private async Task<IActionResult> FailAsync(int status, IReadOnlyList<string> errors, CancellationToken ct)
    {
        Errors = errors;
        Response.StatusCode = status;
        foreach (var secret in new[] { "appSecret", "secret", "callbackToken", "encodingAesKey" }) Settings.Remove(secret);
        Channels = await desk.ListAsync(ct);
        return Page();
    }

    public static string Shown(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.String => value.GetString() ?? "",
        JsonValueKind.True => "是",
        JsonValueKind.False => "否",
        JsonValueKind.Array => string.Join("、", value.EnumerateArray().Select(v => v.ToString())),
        _ => value.ToString(),
    };
}
