using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.Screening.Store;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;

namespace Media.Screening.Endpoints;

/// <summary>Checking a text, and the county word list (版本 with every update).</summary>
public static class ScreeningEndpoints
{
    public const int MaxText = 400_000;

    public static IEndpointRouteBuilder MapScreeningApi(this IEndpointRouteBuilder app)
    {
        var screening = app.MapGroup("/api/screening").WithTags("Screening");
        screening.MapPost("/check", CheckAsync).RequirePermission(ScreeningPermissions.CheckText);
        screening.MapGet("/lexicon", GetLexiconAsync).RequirePermission(ScreeningPermissions.ViewLexicon);
        screening.MapPut("/lexicon", PutLexiconAsync).RequirePermission(ScreeningPermissions.ManageLexicon).RequireStepUp();
        return app;
    }

    public sealed record CheckInput(string? Text);

    public sealed record CheckResponse(IReadOnlyList<ScreeningHit> Hits, string LexiconVersion);

    public sealed record LexiconResponse(int Version, IReadOnlyList<LexiconEntry> Entries, DateTimeOffset? UpdatedAt, string? UpdatedBy)
    {
        public static LexiconResponse From(LexiconSnapshot s) => new(s.Version, s.Entries, s.UpdatedAt, s.UpdatedBy);
    }

    internal static async Task<Results<Ok<CheckResponse>, ValidationProblem>> CheckAsync(
        CheckInput input, TextScreener screener, LexiconStore lexicon, CancellationToken ct)
    {
        if (input.Text is null) return Problems.Validation(new FieldErrors().Add("text", "'text' is required.").ToDictionary());
        if (input.Text.Length > MaxText) return Problems.Validation(new FieldErrors().MaxLength("text", input.Text, MaxText).ToDictionary());
        var compiled = await lexicon.CompiledAsync(ct);
        var version = compiled.Version == CompiledLexicon.Empty.Version ? "0" : compiled.Version;
        return TypedResults.Ok(new CheckResponse(screener.Screen(input.Text, compiled), version));
    }

    internal static async Task<Ok<LexiconResponse>> GetLexiconAsync(LexiconStore lexicon, CancellationToken ct) =>
        TypedResults.Ok(LexiconResponse.From(await lexicon.CurrentAsync(ct)));

    internal static async Task<Results<Ok<LexiconResponse>, ValidationProblem, ProblemHttpResult>> PutLexiconAsync(
        LexiconInput input, LexiconStore lexicon, CancellationToken ct)
    {
        var errors = input.Check();
        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        return await lexicon.ReplaceAsync(input.Normalize(), ct) is { } saved
            ? TypedResults.Ok(LexiconResponse.From(saved))
            : Problems.Conflict("Someone else updated the word list at the same moment; reload it and apply your change again.");
    }
}
