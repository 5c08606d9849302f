using System.Text.Json;
using Media.Abstractions.Http;
using Media.Abstractions.Security;
using Media.Distribution.Channels;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Distribution.Pages.Admin.Channels;

/// <summary>One channel: its settings, and 停用 / 启用, through <see cref="ChannelDesk.UpdateAsync"/>, the desk behind
/// <c>PUT /api/channels/{id}</c> with its checks — input, outbound address, step-up (docs/admin-ui.md §7). Secrets are
/// password fields that start empty: left blank they keep the stored value, and none is ever written into the page.</summary>
[Authorize(Policy = nameof(DistributionPermissions.ManageChannels))]
public sealed class EditModel(ChannelDesk desk, OutboundAddressPolicy outbound, IStepUpGate stepUp) : PageModel
{
    private static readonly char[] NameSeparators = [',', '，', '、', ' ', '\n', '\r', '\t'];

    public ChannelResponse Channel { get; private set; } = null!;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public bool NeedsStepUp { get; private set; }

    public string? Done { get; private set; }

    [BindProperty]
    public string? Name { get; set; }

    [BindProperty]
    public bool IsEnabled { get; set; }

    /// <summary>The settings that may be shown, as text in the form's fields; a secret typed is never shown back.</summary>
    [BindProperty]
    public Dictionary<string, string?> Settings { get; set; } = [];

    public string? Typed(string key) => Settings.TryGetValue(key, out var value) ? value : null;

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Done = done switch
        {
            "saved" => "渠道设置已保存。",
            "enabled" => "渠道已启用。",
            "disabled" => "渠道已停用：发布时不能再选它。",
            _ => null,
        };
        Name = Channel.Name;
        IsEnabled = Channel.IsEnabled;
        Settings = Channel.Settings.ToDictionary(s => s.Key, s => (string?)Text(s.Value));
        return Page();
    }

    public async Task<IActionResult> OnPostSaveAsync(Guid id, CancellationToken ct)
    {
        var settings = Settings.ToDictionary(s => s.Key, s => Json(s.Key, s.Value?.Trim()));
        if (!Settings.ContainsKey("massProtection") && Settings.ContainsKey("appId")) settings["massProtection"] = JsonSerializer.SerializeToElement(false);
        return await SaveAsync(id, new ChannelUpdate(Name?.Trim() ?? "", IsEnabled, settings), "saved", ct);
    }

    public async Task<IActionResult> OnPostToggleAsync(Guid id, CancellationToken ct)
    {
        if (await desk.FindAsync(id, ct) is not { } channel) return NotFound();
        return await SaveAsync(id, new ChannelUpdate(null, !channel.IsEnabled, null), channel.IsEnabled ? "disabled" : "enabled", ct);
    }

    private async Task<IActionResult> SaveAsync(Guid id, ChannelUpdate update, string done, CancellationToken ct)
    {
        if (await stepUp.CheckAsync(HttpContext) is not null)
        {
            NeedsStepUp = true;
            return await FailAsync(id, StatusCodes.Status401Unauthorized, ["修改渠道需要先输入身份验证器中的 6 位动态码确认身份。"], ct);
        }
        var change = await desk.UpdateAsync(id, update, outbound, ct);
        if (change.Channel is null) return NotFound();
        if (change.Conflict is not null) return await FailAsync(id, StatusCodes.Status409Conflict, [change.Conflict.Split("The county")[0]], ct);
        if (change.Invalid is not null)
            return await FailAsync(id, StatusCodes.Status400BadRequest, change.Invalid.Keys.Select(ChannelTexts.Invalid).Distinct().ToList(), ct);
        if (change.Refused is not null)
            return await FailAsync(id, StatusCodes.Status422UnprocessableEntity,
                change.Refused.Select(e => ChannelTexts.Unreachable(e.Key, string.Join(" ", e.Value))).ToList(), ct);
        return RedirectToPage(new { id, done });
    }

    private async Task<IActionResult> FailAsync(Guid id, int status, IReadOnlyList<string> errors, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = errors;
        Response.StatusCode = status;
        foreach (var secret in ChannelInput.SecretNames(Channel.Type)) Settings.Remove(secret);
        if (Name is null)
        {
            Name = Channel.Name;
            IsEnabled = Channel.IsEnabled;
            Settings = Channel.Settings.ToDictionary(s => s.Key, s => (string?)Text(s.Value));
        }
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await desk.FindAsync(id, ct) is not { } channel) return false;
        Channel = channel;
        return true;
    }

    /// <summary>A form field as the JSON the update takes: 预览微信号 as a list, 群发保护 as a flag, the rest as text.</summary>
    private static JsonElement Json(string key, string? text) => key switch
    {
        "previewWxNames" => JsonSerializer.SerializeToElement((text ?? "").Split(NameSeparators, StringSplitOptions.RemoveEmptyEntries)),
        "massProtection" => JsonSerializer.SerializeToElement(text == "true"),
        _ => JsonSerializer.SerializeToElement(text ?? ""),
    };

    private static string Text(JsonElement value) => value.ValueKind switch
    {
        JsonValueKind.Array => string.Join(", ", value.EnumerateArray().Select(v => v.ToString())),
        JsonValueKind.True => "true",
        JsonValueKind.False => "false",
        _ => value.ToString(),
    };
}
