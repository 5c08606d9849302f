using Media.Abstractions.Hosting;
using Media.Abstractions.Http;
using Media.Abstractions.Problems;
using Media.Abstractions.Security;
using Media.MediaLibrary.Imaging;
using Media.MediaLibrary.Ingest;
using Media.MediaLibrary.Library;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.Features;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Extensions.Options;

namespace Media.MediaLibrary.Endpoints;

/// <summary>
/// <c>/api/media</c>: upload (multipart, streamed, never buffered whole), read, and edit alt, caption and
/// focal point. Bearer-only like the rest of <c>/api</c>, so no antiforgery token is involved.
/// </summary>
public static class MediaEndpoints
{
    /// <summary>Room for the multipart framing and the alt and caption fields on top of the file's limit.</summary>
    public const long BodyOverhead = 64 * 1024;

    public static IEndpointRouteBuilder MapMediaApi(this IEndpointRouteBuilder app)
    {
        var media = app.MapGroup("/api/media").WithTags("Media").RequireAuthorization();
        media.MapPost("/", UploadAsync).RequirePermission(MediaLibraryPermissions.UploadMedia)
            .LimitConcurrency<ImageDecodingLimiter>()
            .WithDescription("multipart/form-data: 'file' (JPEG, PNG, GIF or WebP), optional 'alt' and 'caption'. " +
                "201 with a new item; 200 with the existing item when the same bytes were uploaded before.");
        media.MapGet("/{id:guid}", GetAsync);
        media.MapPut("/{id:guid}", UpdateAsync).RequirePermission(MediaLibraryPermissions.EditMedia);
        return app;
    }

    internal static async Task<Results<Created<MediaItemResponse>, Ok<MediaItemResponse>, ValidationProblem, ProblemHttpResult>> UploadAsync(
        HttpRequest request, HttpResponse response, IMediaIngest ingest, MediaDesk desk, IOptions<MediaLibraryOptions> options, CancellationToken ct)
    {
        var bodyLimit = options.Value.MaxBytes + BodyOverhead;
        if (request.HttpContext.Features.Get<IHttpMaxRequestBodySizeFeature>() is { IsReadOnly: false } size) size.MaxRequestBodySize = bodyLimit;
        if (request.ContentLength > bodyLimit) return TooLarge($"The upload is larger than {options.Value.MaxBytes} bytes.");

        var form = await MultipartUpload.ReadAsync(request, ingest, ct);
        if (!form.IsMultipart)
            return Problems.Make(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
                "Send multipart/form-data with the image in the field 'file'.", ProblemTypes.UnsupportedMediaType);
        if (form.File is { IsAccepted: false } refused) return Refusal(refused);
        if (form.Errors.Any) return Problems.Validation(form.Errors.ToDictionary());

        var (item, created) = await desk.SaveUploadAsync(form.File!.Asset!, form.Alt, form.Caption, ct);
        var body = MediaItemResponse.From(item);
        EntityTags.Set(response, item.Version);
        return created ? TypedResults.Created($"/api/media/{item.Id}", body) : TypedResults.Ok(body);
    }

    internal static async Task<Results<Ok<MediaItemResponse>, ProblemHttpResult>> GetAsync(
        Guid id, MediaDesk desk, HttpResponse response, CancellationToken ct)
    {
        if (await desk.FindAsync(id, ct) is not { } item) return Problems.NotFound($"No media item {id}.");
        EntityTags.Set(response, item.Version);
        return TypedResults.Ok(MediaItemResponse.From(item));
    }

    internal static async Task<Results<Ok<MediaItemResponse>, ValidationProblem, ProblemHttpResult>> UpdateAsync(
        Guid id, MediaUpdateInput input, MediaDesk desk, HttpRequest request, HttpResponse response, CancellationToken ct)
    {
        var errors = input.Check();
        // If-Match is optional here: without it (or with *) the edit applies to whatever version is current.
        var ifMatch = EntityTags.ReadIfMatch(request);
        if (ifMatch.IsMalformed) errors.Add("If-Match", "If-Match must be a version number such as \"3\" (the ETag of GET /api/media/{id}).");
        var expected = ifMatch.Version;

        if (errors.Any) return Problems.Validation(errors.ToDictionary());
        var result = await desk.UpdateAsync(id, expected, input, ct);
        return result.Outcome switch
        {
            MediaChangeOutcome.Saved => Saved(response, result),
            MediaChangeOutcome.NotFound => Problems.NotFound($"No media item {id}."),
            MediaChangeOutcome.Stale => Problems.PreconditionFailed(
                $"The item is at version {result.Item?.Version}, not {expected}: someone changed it since you loaded it."),
            MediaChangeOutcome.OriginalMissing => Problems.Conflict("The original image is missing from storage, so the crops cannot be re-cut."),
            _ => Problems.Conflict("Someone changed this item at the same moment; reload and try again."),
        };
    }

    private static Ok<MediaItemResponse> Saved(HttpResponse response, MediaChangeResult result)
    {
        EntityTags.Set(response, result.Item!.Version);
        return TypedResults.Ok(MediaItemResponse.From(result.Item));
    }

    private static ProblemHttpResult Refusal(IngestResult refused) => refused.Outcome switch
    {
        IngestOutcome.TooLarge => TooLarge(refused.Detail!),
        IngestOutcome.Unsupported => Problems.Make(StatusCodes.Status415UnsupportedMediaType, "Unsupported media type",
            refused.Detail!, ProblemTypes.UnsupportedMediaType),
        // "reason" lets the editor tell a too-large picture from a damaged file without parsing the English detail.
        _ => Problems.Unprocessable(refused.Detail!,
            new Dictionary<string, object?>
            {
                ["errors"] = new Dictionary<string, string[]> { [MultipartUpload.FileField] = [refused.Detail!] },
                ["reason"] = refused.Outcome == IngestOutcome.TooManyPixels ? "too-many-pixels" : "corrupt",
            }),
    };

    private static ProblemHttpResult TooLarge(string detail) =>
        Problems.Make(StatusCodes.Status413PayloadTooLarge, "Too large", detail, ProblemTypes.PayloadTooLarge);
}
