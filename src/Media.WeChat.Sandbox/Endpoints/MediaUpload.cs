using Microsoft.AspNetCore.Http;

namespace Media.WeChat.Sandbox.Endpoints;

/// <summary>The "media" part of a multipart upload, plus the form's other fields.</summary>
internal sealed record MediaUpload(byte[] Bytes, string FileName, IFormCollection Form)
{
    /// <summary>Null when the request is not multipart or has no "media" part (WeChat's 41005).</summary>
    public static async Task<MediaUpload?> ReadAsync(HttpRequest request, CancellationToken cancellationToken)
    {
        if (!request.HasFormContentType)
        {
            return null;
        }

        IFormCollection form;
        try
        {
            form = await request.ReadFormAsync(cancellationToken);
        }
        catch (InvalidDataException)
        {
            // A multipart body without a usable boundary.
            return null;
        }

        var file = form.Files.GetFile("media");
        if (file is null)
        {
            return null;
        }

        using var buffer = new MemoryStream();
        await file.CopyToAsync(buffer, cancellationToken);
        return new MediaUpload(buffer.ToArray(), file.FileName, form);
    }
}
