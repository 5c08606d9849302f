using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Users.Accounts;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Users.Endpoints;

public static class UsersEndpoints
{
    public static IEndpointRouteBuilder MapUsersApi(this IEndpointRouteBuilder app)
    {
        var users = app.MapGroup("/api/users").WithTags("Users");
        users.MapPost("/", CreateAsync).RequirePermission(UsersPermissions.ManageUsers);
        users.MapGet("/", ListAsync).RequirePermission(UsersPermissions.ViewUsers);
        users.MapGet("/{id:guid}", GetAsync).RequirePermission(UsersPermissions.ViewUsers);
        users.MapPut("/{id:guid}/roles", SetRolesAsync).RequirePermission(UsersPermissions.ManageUsers).RequireStepUp();
        users.MapPost("/{id:guid}/disable", DisableAsync).RequirePermission(UsersPermissions.ManageUsers);
        users.MapPost("/{id:guid}/enable", EnableAsync).RequirePermission(UsersPermissions.ManageUsers);
        users.MapPatch("/{id:guid}", UpdateAsync).RequirePermission(UsersPermissions.ManageUsers);
        users.MapPost("/{id:guid}/password", ResetPasswordAsync).RequirePermission(UsersPermissions.ManageUsers);
        return app;
    }

    public sealed record CreateUserRequest(string? UserName, string? DisplayName, string? Password, string[]? Roles);

    public sealed record SetRolesRequest(string[]? Roles);

    public sealed record ResetPasswordRequest(string? Password);

    public sealed record UpdateUserRequest(string? DisplayName);

    public sealed record UserList(IReadOnlyList<UserResponse> Items, int Total, int Page, int PageSize);

    internal static async Task<Results<Created<UserResponse>, ValidationProblem, ProblemHttpResult>> CreateAsync(
        CreateUserRequest request, UserAccounts accounts, CancellationToken ct)
    {
        var result = await accounts.CreateAsync(request.UserName, request.DisplayName, request.Password, request.Roles, ct);
        if (result.Errors is not null)
            return result.Refused ? Problems.UnprocessableFields(result.Errors, "The password policy or the separation of administrators (三员分立) refuses this account.") : Problems.Validation(result.Errors);
        if (result.User is null) return Problems.Conflict($"A user named '{request.UserName}' already exists.");
        return TypedResults.Created($"/api/users/{result.User.Id}", UserResponse.From(result.User));
    }

    internal static async Task<Ok<UserList>> ListAsync(UserAccounts accounts, int? page, int? pageSize, CancellationToken ct)
    {
        var (p, size) = Paging.Normalize(page, pageSize);
        var (items, total) = await accounts.ListAsync(p, size, ct);
        return TypedResults.Ok(new UserList(items.Select(UserResponse.From).ToList(), total, p, size));
    }

    internal static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> GetAsync(Guid id, UserAccounts accounts, CancellationToken ct) =>
        await accounts.FindAsync(id, ct) is { } user
            ? TypedResults.Ok(UserResponse.From(user))
            : Problems.NotFound($"No user {id}.");

    internal static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> SetRolesAsync(
        Guid id, SetRolesRequest request, UserAccounts accounts, ICurrentUser me, CancellationToken ct)
    {
        // 三员分立 (docs/accounts.md §6): nobody grants themselves a role or strips their own.
        if (id == me.Id) return Problems.Forbidden("三员分立：不能修改自己的角色。You cannot change your own roles.");
        var result = await accounts.SetRolesAsync(id, request.Roles, ct);
        if (result.Errors is not null)
            return result.Refused ? Problems.UnprocessableFields(result.Errors, "The roles break the separation of administrators (三员分立).") : Problems.Validation(result.Errors);
        if (result.Conflict is not null) return Problems.Conflict(result.Conflict);
        return result.User is null ? Problems.NotFound($"No user {id}.") : TypedResults.Ok(UserResponse.From(result.User));
    }

    internal static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> DisableAsync(
        Guid id, UserAccounts accounts, ICurrentUser me, CancellationToken ct)
    {
        if (id == me.Id) return Problems.Conflict("You cannot disable your own account.");
        var result = await accounts.DisableAsync(id, ct);
        if (result.Conflict is not null) return Problems.Conflict(result.Conflict);
        return result.User is null ? Problems.NotFound($"No user {id}.") : TypedResults.Ok(UserResponse.From(result.User));
    }

    internal static async Task<Results<Ok<UserResponse>, ProblemHttpResult>> EnableAsync(Guid id, UserAccounts accounts, CancellationToken ct) =>
        (await accounts.EnableAsync(id, ct)).User is { } user ? TypedResults.Ok(UserResponse.From(user)) : Problems.NotFound($"No user {id}.");

    /// <summary>The display name only; the user name is how one signs in and never changes.</summary>
    internal static async Task<Results<Ok<UserResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, UpdateUserRequest request, UserAccounts accounts, CancellationToken ct)
    {
        var result = await accounts.RenameAsync(id, request.DisplayName, ct);
        if (result.Errors is not null) return Problems.Validation(result.Errors);
        return result.User is null ? Problems.NotFound($"No user {id}.") : TypedResults.Ok(UserResponse.From(result.User));
    }

    /// <summary>docs/accounts.md §5: the user's sessions end and they must change the password at next sign-in.</summary>
    internal static async Task<Results<NoContent, ValidationProblem, ProblemHttpResult>> ResetPasswordAsync(
        Guid id, ResetPasswordRequest request, PasswordDesk passwords, CancellationToken ct)
    {
        var result = await passwords.ResetAsync(id, request.Password, ct);
        return result.Status switch
        {
            PasswordChangeStatus.Changed => TypedResults.NoContent(),
            PasswordChangeStatus.Invalid => Problems.Validation(result.Errors!),
            PasswordChangeStatus.Refused => Problems.UnprocessableFields(result.Errors!, "The password does not meet the password policy."),
            _ => Problems.NotFound($"No user {id}."),
        };
    }
}
