using Media.Abstractions.Security;
using Media.Users.Accounts;
using Media.Users.Data;
using Media.Users.SecondFactor;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Users.Pages.Admin.Users;

/// <summary>One user: change the display name or roles, disable and enable again, reset the password or the second factor. Each handler calls the desk
/// behind the matching <c>/api/users</c> endpoint and keeps its rules — 三员分立, your own account, the last Admin,
/// step-up on role changes — turning the answer into words (docs/admin-ui.md §7).</summary>
[Authorize(Policy = nameof(UsersPermissions.ViewUsers))]
public sealed class DetailsModel(UserAccounts accounts, PasswordDesk passwords, TotpDesk totp, IStepUpGate stepUp,
    IPermissionService permissions, ICurrentUser me) : PageModel
{
    public MediaUser Account { get; private set; } = null!;

    public bool MayManage => permissions.Has(User, UsersPermissions.ManageUsers);

    public bool IsMe => Account.Id == me.Id;

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Done { get; private set; }

    public bool NeedsStepUp { get; private set; }

    public async Task<IActionResult> OnGetAsync(Guid id, string? done, CancellationToken ct)
    {
        Done = done switch
        {
            "roles" => "角色已修改；该用户需要重新登录。",
            "disabled" => "用户已停用，其登录和会话已失效。",
            "enabled" => "用户已重新启用，可以再次登录。",
            "name" => "姓名已修改。",
            "password" => "密码已重置：该用户的会话已结束，下次登录时必须修改密码。",
            "totp" => "两步验证已重置：该用户可只用密码登录，并可重新绑定。",
            _ => null,
        };
        return await LoadAsync(id, ct) ? Page() : NotFound();
    }

    public async Task<IActionResult> OnPostRolesAsync(Guid id, string[]? roles, CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        if (id == me.Id) return await FailAsync(id, StatusCodes.Status403Forbidden, ["三员分立：不能修改自己的角色。"], ct);
        if (await stepUp.CheckAsync(HttpContext) is not null)
        {
            NeedsStepUp = true;
            return await FailAsync(id, StatusCodes.Status401Unauthorized, ["修改角色需要先输入身份验证器中的 6 位动态码确认身份。"], ct);
        }
        var result = await accounts.SetRolesAsync(id, roles ?? [], ct);
        if (result.Errors is not null)
            return await FailAsync(id, result.Refused ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest, UserTexts.Readable(result.Errors), ct);
        if (result.Conflict is not null) return await FailAsync(id, StatusCodes.Status409Conflict, [result.Conflict], ct);
        return result.User is null ? NotFound() : RedirectToPage(new { id, done = "roles" });
    }

    public async Task<IActionResult> OnPostDisableAsync(Guid id, CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        if (id == me.Id) return await FailAsync(id, StatusCodes.Status409Conflict, ["不能停用自己的账户。"], ct);
        var result = await accounts.DisableAsync(id, ct);
        if (result.Conflict is not null) return await FailAsync(id, StatusCodes.Status409Conflict, [result.Conflict], ct);
        return result.User is null ? NotFound() : RedirectToPage(new { id, done = "disabled" });
    }

    public async Task<IActionResult> OnPostEnableAsync(Guid id, CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        return (await accounts.EnableAsync(id, ct)).User is null ? NotFound() : RedirectToPage(new { id, done = "enabled" });
    }

    public async Task<IActionResult> OnPostNameAsync(Guid id, string? displayName, CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        var result = await accounts.RenameAsync(id, displayName, ct);
        if (result.Errors is not null) return await FailAsync(id, StatusCodes.Status400BadRequest, UserTexts.Readable(result.Errors), ct);
        return result.User is null ? NotFound() : RedirectToPage(new { id, done = "name" });
    }

    public async Task<IActionResult> OnPostPasswordAsync(Guid id, string? password, CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        var result = await passwords.ResetAsync(id, password, ct);
        return result.Status switch
        {
            PasswordChangeStatus.Changed => RedirectToPage(new { id, done = "password" }),
            PasswordChangeStatus.Invalid => await FailAsync(id, StatusCodes.Status400BadRequest, ["请填写新密码。"], ct),
            PasswordChangeStatus.Refused => await FailAsync(id, StatusCodes.Status422UnprocessableEntity,
                ["新密码不符合密码规则：", .. UserTexts.Readable(result.Errors!)], ct),
            _ => NotFound(),
        };
    }

    public async Task<IActionResult> OnPostTotpAsync(Guid id, CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        return await totp.ResetAsync(id, ct) == TotpStatus.Done ? RedirectToPage(new { id, done = "totp" }) : NotFound();
    }

    private async Task<IActionResult> FailAsync(Guid id, int status, IReadOnlyList<string> errors, CancellationToken ct)
    {
        if (!await LoadAsync(id, ct)) return NotFound();
        Errors = errors;
        Response.StatusCode = status;
        return Page();
    }

    private async Task<bool> LoadAsync(Guid id, CancellationToken ct)
    {
        if (await accounts.FindAsync(id, ct) is not { } account) return false;
        Account = account;
        return true;
    }
}
