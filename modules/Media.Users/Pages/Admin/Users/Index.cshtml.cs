using Media.Abstractions.Security;
using Media.Data;
using Media.Users.Accounts;
using Media.Users.Data;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;
using Microsoft.EntityFrameworkCore;

namespace Media.Users.Pages.Admin.Users;

/// <summary>用户: every account with its roles, state, second factor and last sign-in, and (for an Admin) the form
/// that creates one through <see cref="UserAccounts"/>, the same desk as <c>POST /api/users</c> (docs/admin-ui.md §7).</summary>
[Authorize(Policy = nameof(UsersPermissions.ViewUsers))]
public sealed class IndexModel(UserAccounts accounts, MediaDbContext db, IPermissionService permissions) : PageModel
{
    public const int PageSize = 200;

    public IReadOnlyList<UserRow> Users { get; private set; } = [];

    public int Total { get; private set; }

    public bool MayManage => permissions.Has(User, UsersPermissions.ManageUsers);

    public IReadOnlyList<string> Errors { get; private set; } = [];

    public string? Created { get; private set; }

    [BindProperty]
    public NewUser Form { get; set; } = new();

    public async Task OnGetAsync(string? created, CancellationToken ct)
    {
        Created = created;
        await LoadAsync(ct);
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken ct)
    {
        if (!MayManage) return Forbid();
        var result = await accounts.CreateAsync(Form.UserName, Form.DisplayName, Form.Password, Form.Roles, ct);
        if (result.User is not null && result.Errors is null)
            return RedirectToPage(new { created = result.User.UserName });
        Errors = result.Errors is null
            ? [$"用户名“{Form.UserName}”已被使用。"]
            : UserTexts.Readable(result.Errors);
        Response.StatusCode = result.Errors is null ? StatusCodes.Status409Conflict
            : result.Refused ? StatusCodes.Status422UnprocessableEntity : StatusCodes.Status400BadRequest;
        Form.Password = null;
        await LoadAsync(ct);
        return Page();
    }

    private async Task LoadAsync(CancellationToken ct)
    {
        var (items, total) = await accounts.ListAsync(1, PageSize, ct);
        var ids = items.Select(u => u.Id).ToList();
        var lastSignIns = await db.Set<UserSession>().AsNoTracking().Where(s => ids.Contains(s.UserId))
            .GroupBy(s => s.UserId).Select(g => new { g.Key, At = g.Max(s => s.CreatedAt) }).ToListAsync(ct);
        Users = items.Select(u => new UserRow(u, lastSignIns.FirstOrDefault(l => l.Key == u.Id)?.At)).ToList();
        Total = total;
    }

    public sealed record UserRow(MediaUser User, DateTimeOffset? LastSignIn);

    public sealed class NewUser
    {
        public string? UserName { get; set; }

        public string? DisplayName { get; set; }

        public string? Password { get; set; }

        public string[]? Roles { get; set; }
    }
}
