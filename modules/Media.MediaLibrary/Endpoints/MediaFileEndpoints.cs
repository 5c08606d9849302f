using Media.Abstractions.Problems;
using Media.MediaLibrary.Storage;
using Microsoft.AspNetCore.Builder;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.Http.HttpResults;
using Microsoft.AspNetCore.Routing;
using Microsoft.Net.Http.Headers;

namespace Media.MediaLibrary.Endpoints;

/// <summary>
/// Serves variants publicly at <c>/media/&lt;sha&gt;/&lt;file&gt;</c>, streamed from storage. Keys are content-addressed
/// (a new crop is a new file name), so a response may be cached for a year. Originals have no URL.
/// </summary>
public static class MediaFileEndpoints
{
    public const string CacheControl = "public, max-age=31536000, immutable";

    /// <summary>An image needs nothing; should a browser ever render the response as a document, it may do nothing.</summary>
    public const string ContentSecurityPolicy = "default-src 'none'; sandbox";

    public static IEndpointRouteBuilder MapMediaFiles(this IEndpointRouteBuilder app)
    {
        app.MapGet(MediaUrls.Prefix + "/{sha256}/{file}", ServeAsync).AllowAnonymous().WithTags("Media")
            .Produces<Stream>(StatusCodes.Status200OK, "image/jpeg", "image/webp"); // the image bytes, described as binary
        return app;
    }

    internal static async Task<Results<FileStreamHttpResult, ProblemHttpResult>> ServeAsync(
        string sha256, string file, IMediaStorage storage, HttpResponse response, CancellationToken ct)
    {
        if (MediaUrls.VariantKey(sha256, file) is not { } key || await storage.OpenReadAsync(key, ct) is not { } content)
            return Problems.NotFound("No such media file.");

        var headers = response.Headers;
        headers.CacheControl = CacheControl;
        headers.XContentTypeOptions = "nosniff";
        headers.ContentSecurityPolicy = ContentSecurityPolicy;
        var contentType = file.EndsWith(".webp", StringComparison.Ordinal) ? "image/webp" : "image/jpeg";
        return TypedResults.Stream(content, contentType, entityTag: new EntityTagHeaderValue($"\"{sha256}/{file}\""), enableRangeProcessing: true);
    }
}
