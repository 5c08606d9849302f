using Media.Abstractions.Hosting;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Library;
using Microsoft.AspNetCore.Antiforgery;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary.Endpoints;

/// <summary>
/// <c>/admin/media</c>: the same upload and edit as <c>/api/media</c>, for the article editor. Outside <c>/api</c> the
/// admin cookie authenticates, so every request must also carry the antiforgery token — in the
/// <c>RequestVerificationToken</c> header only: looking for a form field would buffer the whole multipart body
/// before the streaming upload could refuse it at the size limit.
/// </summary>
public static class AdminMediaEndpoints
{
    public static IEndpointRouteBuilder MapAdminMedia(this IEndpointRouteBuilder app)
    {
        var admin = app.MapGroup("/admin/media").RequireAuthorization().ExcludeFromDescription();
        admin.MapPost("/upload", UploadAsync).RequirePermission(MediaLibraryPermissions.UploadMedia)
            .LimitConcurrency<ImageDecodingLimiter>();
        admin.MapPost("/{id:guid}", UpdateAsync).RequirePermission(MediaLibraryPermissions.EditMedia);
        return app;
    }

    internal static async Task<Results<Created<MediaItemResponse>, Ok<MediaItemResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpContext context, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions,
        IMediaIngest ingest, MediaDesk desk, IOptions<MediaLibraryOptions> options, CancellationToken ct)
    {
        if (await ForgeryAsync(context, antiforgery, antiforgeryOptions.Value) is { } refused) return refused;
        return await MediaEndpoints.UploadAsync(context.Request, context.Response, ingest, desk, options, ct);
    }

    /// <summary>JSON <c>{ alt, caption, focalPoint }</c>; replaces the fields as <c>PUT /api/media/{id}</c> does.</summary>
    internal static async Task<Results<Ok<MediaItemResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, MediaUpdateInput input, HttpContext context, IAntiforgery antiforgery, IOptions<AntiforgeryOptions> antiforgeryOptions,
        MediaDesk desk, CancellationToken ct)
    {
        if (await ForgeryAsync(context, antiforgery, antiforgeryOptions.Value) is { } refused) return refused;
        return await MediaEndpoints.UpdateAsync(id, input, desk, context.Request, context.Response, ct);
    }

    private static async Task<ProblemHttpResult?> ForgeryAsync(HttpContext context, IAntiforgery antiforgery, AntiforgeryOptions options)
    {
        var header = options.HeaderName ?? "RequestVerificationToken";
        if (context.Request.Headers.ContainsKey(header) && await antiforgery.IsRequestValidAsync(context)) return null;
        return Problems.Make(StatusCodes.Status400BadRequest, "Antiforgery token missing or invalid",
            $"Send the page's antiforgery token in the '{header}' header.", ProblemTypes.MalformedRequest);
    }
}
