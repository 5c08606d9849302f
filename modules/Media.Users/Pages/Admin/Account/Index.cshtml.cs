using Media.Abstractions.Security;
using Media.Users.Accounts;
using Media.Users.SecondFactor;
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
public sealed class IndexModel(PasswordDesk passwords, TotpDesk totp, ICurrentUser user) : PageModel
{
    /// <summary>The user has a confirmed second factor (docs/accounts.md §7).</summary>
    public bool HasTotp { get; private set; }

    /// <summary>A started enrolment: shown once, as a QR code and as text.</summary>
    public TotpEnrolment? Enrolment { get; private set; }

    public string? QrCode { get; private set; }

    /// <summary>The recovery codes, shown once right after the confirmation.</summary>
    public IReadOnlyList<string>? RecoveryCodes { get; private set; }

    public bool ChangeRequired { get; private set; }

    public bool Changed { get; private set; }

    public string? Error { get; private set; }

    public IReadOnlyList<string> Problems { get; private set; } = [];

    public string ReturnUrl { get; private set; } = "/admin";

    public string UserName => user.UserName;

    public string DisplayName => user.DisplayName;

    public async Task OnGetAsync(string? returnUrl, CancellationToken ct, bool changed = false)
    {
        HasTotp = await totp.IsEnrolledAsync(user.Id, ct);
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
            return Fail("请填写当前密码和新密码。");
        if (newPassword != confirmPassword)
            return Fail("两次输入的新密码不一致。");

        var session = User.FindFirst(MediaClaimTypes.SessionId)?.Value;
        var result = await passwords.ChangeOwnAsync(user.Id, string.IsNullOrEmpty(session) ? null : session, currentPassword, newPassword, ct);
        switch (result.Status)
        {
            case PasswordChangeStatus.Changed:
                return ChangeRequired ? LocalRedirect(ReturnUrl) : RedirectToPage(new { changed = true });
            case PasswordChangeStatus.Refused:
                Problems = result.Errors!.SelectMany(e => e.Value).ToList();
                return Fail("新密码不符合密码规则。");
            case PasswordChangeStatus.LockedOut:
                return Fail("登录失败次数过多，账户已锁定。");
            default:
                return Fail("当前密码错误。");
        }
    }

    /// <summary>账户安全: starts a TOTP enrolment and shows its QR code.</summary>
    public async Task<IActionResult> OnPostTotpAsync(string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = SafeReturn(returnUrl);
        ChangeRequired = User.HasClaim(c => c.Type == MediaClaimTypes.PasswordChangeRequired);
        var enrolment = await totp.EnrolAsync(user.Id, ct);
        HasTotp = enrolment.Status == TotpStatus.AlreadyEnrolled;
        if (enrolment.Status != TotpStatus.Done) return HasTotp ? Fail("两步验证已启用。") : Fail("账户不存在。");
        Enrolment = enrolment;
        QrCode = QrCodeImage.DataUri(enrolment.OtpAuthUri!);
        return Page();
    }

    /// <summary>Confirms the enrolment with a code and shows the recovery codes once.</summary>
    public async Task<IActionResult> OnPostConfirmAsync(string? code, string? returnUrl, CancellationToken ct)
    {
        ReturnUrl = SafeReturn(returnUrl);
        ChangeRequired = User.HasClaim(c => c.Type == MediaClaimTypes.PasswordChangeRequired);
        var confirmation = await totp.ConfirmAsync(user.Id, code?.Length > 32 ? null : code, ct);
        HasTotp = confirmation.Status is TotpStatus.Done or TotpStatus.AlreadyEnrolled;
        if (confirmation.Status != TotpStatus.Done)
            return Fail(confirmation.Status == TotpStatus.WrongCode
                ? "动态码不正确或已过期，请重新开始绑定。"
                : "没有待确认的绑定。");
        RecoveryCodes = confirmation.RecoveryCodes;
        return Page();
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
