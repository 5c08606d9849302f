using System.Text;
using Media.Abstractions.Problems;
using Media.MediaLibrary.Data;
using Media.MediaLibrary.Ingest;
using Microsoft.AspNetCore.Http;
using Microsoft.AspNetCore.WebUtilities;
using Microsoft.Net.Http.Headers;

namespace Media.MediaLibrary.Library;

/// <summary>
/// Reads a multipart/form-data upload section by section straight off the request body: the <c>file</c>
/// part streams into <see cref="IMediaIngest"/> (which spools it to disk with the byte limit), so the body is
/// never buffered whole. A refused file ends the reading at once: a 60 MB body stops being read at the limit.
/// </summary>
public static class MultipartUpload
{
    public const string FileField = "file";
    private const int TextFieldBytes = 16 * 1024;

    public static async Task<UploadForm> ReadAsync(HttpRequest request, IMediaIngest ingest, CancellationToken cancellationToken)
    {
        if (!MediaTypeHeaderValue.TryParse(request.ContentType, out var type)
            || !type.MediaType.Equals("multipart/form-data", StringComparison.OrdinalIgnoreCase))
        {
            return UploadForm.NotMultipart();
        }

        var errors = new FieldErrors();
        var boundary = HeaderUtilities.RemoveQuotes(type.Boundary).Value;
        if (string.IsNullOrEmpty(boundary))
        {
            return new UploadForm(true, null, null, null, errors.Add(FileField, "The multipart body has no boundary."));
        }

        var reader = new MultipartReader(boundary, request.Body);
        IngestResult? file = null;
        string? alt = null, caption = null;
        try
        {
            while (await reader.ReadNextSectionAsync(cancellationToken) is { } section)
            {
                if (!ContentDispositionHeaderValue.TryParse(section.ContentDisposition, out var disposition)) continue;
                switch (HeaderUtilities.RemoveQuotes(disposition.Name).Value)
                {
                    case FileField when file is not null:
                        errors.Add(FileField, "Send one file per upload.");
                        return new UploadForm(true, file, alt, caption, errors);
                    case FileField:
                        var name = HeaderUtilities.RemoveQuotes(disposition.FileNameStar.HasValue ? disposition.FileNameStar : disposition.FileName).Value;
                        file = await ingest.IngestAsync(section.Body, name ?? string.Empty, cancellationToken);
                        if (!file.IsAccepted) return new UploadForm(true, file, alt, caption, errors);
                        break;
                    case "alt":
                        alt = await ReadTextAsync(section.Body, "alt", MediaItemLimits.Alt, errors, cancellationToken);
                        break;
                    case "caption":
                        caption = await ReadTextAsync(section.Body, "caption", MediaItemLimits.Caption, errors, cancellationToken);
                        break;
                }
            }
        }
        catch (InvalidDataException e)
        {
            errors.Add(FileField, "The multipart body is malformed: " + e.Message);
        }

        if (file is null && !errors.Any) errors.Add(FileField, "'file' is required: send the image as the multipart field 'file'.");
        return new UploadForm(true, file, alt, caption, errors);
    }

    /// <summary>Reads a small text field; more than 16 KB is refused without holding it (the reader skips the rest).</summary>
    private static async Task<string?> ReadTextAsync(Stream body, string field, int maxChars, FieldErrors errors, CancellationToken cancellationToken)
    {
        var buffer = new byte[TextFieldBytes + 1];
        var length = await body.ReadAtLeastAsync(buffer, buffer.Length, throwOnEndOfStream: false, cancellationToken);
        if (length > TextFieldBytes)
        {
            errors.Add(field, $"'{field}' must be at most {maxChars} characters.");
            return null;
        }

        var text = Encoding.UTF8.GetString(buffer, 0, length).Trim();
        errors.MaxLength(field, text, maxChars);
        return text.Length == 0 ? null : text;
    }
}
