using Media.Abstractions.Problems;
using Media.Abstractions.Security;

namespace Media.AuditTrail.Reading;

/// <summary>The timeline's query string as the API and the pages receive it, checked and turned into a filter.</summary>
/// <param name="Actor">A user id, a user name, or (for unknown names, e.g. failed sign-ins) the recorded actor name.</param>
/// <param name="Order"><c>asc</c> (default, oldest first) or <c>desc</c>.</param>
public sealed record AuditQuery(
    Guid? ArticleId, string? Actor, string? Action, DateTimeOffset? From, DateTimeOffset? To, long? After, int? Limit, string? Order)
{
    public async Task<(AuditFilter? Filter, FieldErrors Errors)> ToFilterAsync(IUserDirectory users, CancellationToken cancellationToken)
    {
        var errors = new FieldErrors();
        if (Limit is < 1 or > AuditFilter.MaxLimit) errors.Add("limit", $"'limit' must be between 1 and {AuditFilter.MaxLimit}.");
        if (From is { } from && To is { } to && from >= to) errors.Add("to", "'to' must be later than 'from'.");
        if (Order is not (null or "asc" or "desc")) errors.Add("order", "'order' is 'asc' or 'desc'.");
        if (After is < 0) errors.Add("after", "'after' is a seq (0 or more).");
        errors.MaxLength("action", Action, 64).MaxLength("actor", Actor, 200);
        if (errors.Any) return (null, errors);

        var (actorId, actorName) = await ResolveActorAsync(users, cancellationToken);
        return (new AuditFilter(ArticleId, actorId, actorName, Blank(Action), From, To, After,
            Limit ?? AuditFilter.DefaultLimit, Order == "desc"), errors);
    }

    private async Task<(Guid? Id, string? Name)> ResolveActorAsync(IUserDirectory users, CancellationToken cancellationToken)
    {
        if (Blank(Actor) is not { } actor) return (null, null);
        if (Guid.TryParse(actor, out var id)) return (id, null);
        return await users.FindByUserNameAsync(actor, cancellationToken) is { } user ? (user.Id, null) : (null, actor);
    }

    private static string? Blank(string? value) => string.IsNullOrWhiteSpace(value) ? null : value.Trim();
}
