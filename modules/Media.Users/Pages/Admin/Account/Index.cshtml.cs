using Media.Abstractions.Security;
using Media.Users.Accounts;
using Media.Users.Security;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Media.Users.Pages.Admin.Account;

/// <summary>The signed-in user's account: change one's own password (docs/accounts.md §4). While a change is required
/// every other admin page sends the user here (docs/accounts.md §5).</summary>
[Authorize]
[AllowedWhilePasswordChangeRequired]
public sealed class IndexModel(PasswordDesk passwords, ICurrentUser user) : PageModel
{
    public bool ChangeRequired { get; private set; }

    public bool Changed { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string ReturnUrl { get; private set; } = "/admin";

    public string UserName => user.UserName;

    public string DisplayName => user.DisplayName;

    public void OnGet(string? returnUrl, bool changed = false)
    {
        ReturnUrl = SafeReturn(returnUrl);
        Changed = changed;
        ChangeRequired = User.HasClaim(c => c.Type == MediaClaimTypes.PasswordChangeRequired);
    }

    public async Task<IActionResult> OnPostAsync(string? currentPassword, string? newPassword, string? confirmPassword,
        string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = SafeReturn(returnUrl);
        ChangeRequired = User.HasClaim(c => c.Type == MediaClaimTypes.PasswordChangeRequired);
        if (string.IsNullOrEmpty(currentPassword) || string.IsNullOrEmpty(newPassword))
            return Fail("请填写当前密码和新密码。Enter your current and your new password.");
        if (newPassword != confirmPassword)
            return Fail("两次输入的新密码不一致。The two new passwords differ.");

        var session = User.FindFirst(MediaClaimTypes.SessionId)?.Value;
        var result = await passwords.ChangeOwnAsync(user.Id, string.IsNullOrEmpty(session) ? null : session, currentPassword, newPassword, ct);
        switch (result.Status)
        {
            case PasswordChangeStatus.Changed:
                return ChangeRequired ? LocalRedirect(ReturnUrl) : RedirectToPage(new { changed = true });
            case PasswordChangeStatus.Refused:
                Problems = result.Errors!.SelectMany(e => e.Value).ToList();
                return Fail("新密码不符合密码规则。The new password does not meet the rules.");
            case PasswordChangeStatus.LockedOut:
                return Fail("登录失败次数过多，账户已锁定。Too many failed attempts; the account is locked.");
            default:
                return Fail("当前密码错误。The current password is wrong.");
        }
    }

    private PageResult Fail(string error)
    {
        Error = error;
        Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
        return Page();
    }

    private string SafeReturn(string? returnUrl) =>
        Url.IsLocalUrl(returnUrl) && !returnUrl!.StartsWith(PasswordChangeGate.AccountPage, StringComparison.Ordinal) ? returnUrl : "/admin";
}
