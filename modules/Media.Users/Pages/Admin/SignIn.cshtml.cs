using Media.Abstractions.Time;
using Media.Users.Security;
using Media.Users.SignIn;
using Microsoft.AspNetCore.Authentication;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.Extensions.DependencyInjection;

namespace Media.Users.Pages.Admin;

/// <summary>Password first; for a user with TOTP a second step asks for the 6-digit code, carrying a short-lived
/// <see cref="SignInTicket"/> rather than the password (docs/accounts.md §7).</summary>
[AllowAnonymous]
[SignInAttempt]
public sealed class SignInModel : PageModel
{
    public string? Error { get; private set; }

    public string? UserName { get; private set; }

    public string ReturnUrl { get; private set; } = "/admin";

    /// <summary>Set when the password was right and the code is asked for.</summary>
    public string? Ticket { get; private set; }

    public void OnGet(string? returnUrl) => ReturnUrl = SafeReturn(returnUrl);

    public async Task<IActionResult> OnPostAsync(string? userName, string? password, string? returnUrl,
        [FromServices] CredentialCheck credentials, [FromServices] SignInTicket tickets, CancellationToken ct)
    {
        UserName = userName;
        ReturnUrl = SafeReturn(returnUrl);
        if (string.IsNullOrWhiteSpace(userName) || string.IsNullOrEmpty(password) || userName.Length > 64 || password.Length > 256)
        {
            Error = "请输入用户名和密码。";
            return Page();
        }
        var outcome = await credentials.CheckAsync(userName, password, otp: null, ct);
        if (outcome.Status == SignInStatus.OtpRequired)
        {
            Ticket = tickets.Issue(outcome.User!.Id, outcome.User.SecurityStamp);
            return Page();
        }
        return await FinishAsync(outcome, "用户名或密码错误。");
    }

    /// <summary>The code step. <paramref name="userName"/> is only echoed, so the per-name rate limit sees it too
    /// (docs/accounts.md §3); the ticket says who signs in.</summary>
    public async Task<IActionResult> OnPostCodeAsync(string? ticket, string? otp, string? userName, string? returnUrl,
        [FromServices] CredentialCheck credentials, [FromServices] SignInTicket tickets, CancellationToken ct)
    {
        UserName = userName;
        ReturnUrl = SafeReturn(returnUrl);
        if (tickets.Read(ticket) is not { } proof)
        {
            Error = "登录已超时，请重新输入用户名和密码。";
            return Page();
        }
        var outcome = await credentials.CheckCodeAsync(proof.UserId, proof.SecurityStamp, otp?.Length > 32 ? null : otp, ct);
        if (outcome.Status == SignInStatus.OtpRequired)
        {
            Ticket = ticket;
            Error = string.IsNullOrWhiteSpace(otp) ? "请输入 6 位动态码。" : "动态码错误或已使用过。";
            return Page();
        }
        return await FinishAsync(outcome, "登录已失效，请重新输入用户名和密码。");
    }

    private async Task<IActionResult> FinishAsync(SignInOutcome outcome, string failure)
    {
        if (outcome.Status == SignInStatus.LockedOut)
        {
            Error = $"登录失败次数过多，账户已锁定至北京时间 {ChinaTime.Short(outcome.LockedUntil!.Value)}。";
            return Page();
        }
        if (outcome.Status != SignInStatus.Succeeded)
        {
            Error = failure;
            return Page();
        }
        var sessions = HttpContext.RequestServices.GetRequiredService<UserSessions>();
        var session = await HttpContext.RequestServices.GetRequiredService<SessionBook>().StartAsync(outcome.User!, HttpContext.RequestAborted);
        await HttpContext.SignInAsync(MediaAuthSchemes.Cookie, UserSessions.CreatePrincipal(outcome.User!, MediaAuthSchemes.Cookie,
            session, sessions.PasswordChangeRequired(outcome.User!), sessions.SecondFactorRequired(outcome.User!)));
        return LocalRedirect(ReturnUrl);
    }

    private string SafeReturn(string? returnUrl) => Url.IsLocalUrl(returnUrl) ? returnUrl! : "/admin";
}
