using System.Net;
using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;
using Media.Abstractions.Content;
using Media.MediaLibrary.Endpoints;

namespace Media.MediaLibrary.Storage;

/// <summary>
/// <see cref="IMediaStorage"/> on an S3-compatible bucket (AWSSDK.S3). A PUT is atomic in S3, so readers never see a
/// partial object. Checksums are sent and checked only where the operation requires them, and payloads are signed
/// whole rather than in aws-chunked form: what 阿里云 OSS, 华为云 OBS and 天翼云 accept (docs/operations.md §8).
/// </summary>
public sealed class S3MediaStorage : IMediaStorage, IDisposable
{
    private readonly AmazonS3Client client;
    private readonly string bucket;

    public S3MediaStorage(S3StorageOptions options)
    {
        ArgumentNullException.ThrowIfNull(options);
        if (!options.IsComplete)
            throw new ArgumentException("S3 storage needs ServiceUrl, Bucket, AccessKey and SecretKey.", nameof(options));
        bucket = options.Bucket!;
        var config = new AmazonS3Config
        {
            ServiceURL = options.ServiceUrl,
            ForcePathStyle = options.ForcePathStyle,
            AuthenticationRegion = string.IsNullOrWhiteSpace(options.Region) ? "us-east-1" : options.Region,
            RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
            ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
        };
        client = new AmazonS3Client(new BasicAWSCredentials(options.AccessKey, options.SecretKey), config);
    }

    public async Task PutAsync(string key, Stream content, string contentType, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(content);
        Require(key);
        // Signing the payload needs its length and a second read: spool a forward-only stream first.
        Stream body = content;
        MemoryStream? copy = null;
        if (!content.CanSeek)
        {
            copy = new MemoryStream();
            await content.CopyToAsync(copy, cancellationToken);
            copy.Position = 0;
            body = copy;
        }
        try
        {
            var request = new PutObjectRequest
            {
                BucketName = bucket,
                Key = key,
                InputStream = body,
                AutoCloseStream = false,
                ContentType = contentType,
                UseChunkEncoding = false,
            };
            // Variants may be fetched from the bucket or a CDN in front of it (docs/operations.md §8.1): their names
            // are content-addressed, so they carry the year-long lifetime Media serves them with.
            if (key.StartsWith(PublicMediaUrls.VariantsFolder, StringComparison.Ordinal)) request.Headers.CacheControl = MediaFileEndpoints.CacheControl;
            await client.PutObjectAsync(request, cancellationToken);
        }
        finally
        {
            if (copy is not null) await copy.DisposeAsync();
        }
    }

    public async Task<Stream?> OpenReadAsync(string key, CancellationToken cancellationToken)
    {
        Require(key);
        try
        {
            var response = await client.GetObjectAsync(new GetObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
            return new S3ObjectStream(response);
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return null;
        }
    }

    public async Task<bool> ExistsAsync(string key, CancellationToken cancellationToken)
    {
        Require(key);
        try
        {
            await client.GetObjectMetadataAsync(new GetObjectMetadataRequest { BucketName = bucket, Key = key }, cancellationToken);
            return true;
        }
        catch (AmazonS3Exception e) when (e.StatusCode == HttpStatusCode.NotFound)
        {
            return false;
        }
    }

    public async Task<bool> DeleteAsync(string key, CancellationToken cancellationToken)
    {
        // S3 answers a DELETE the same whether the object was there or not; ask first.
        if (!await ExistsAsync(key, cancellationToken)) return false;
        await client.DeleteObjectAsync(new DeleteObjectRequest { BucketName = bucket, Key = key }, cancellationToken);
        return true;
    }

    public void Dispose() => client.Dispose();

    private static void Require(string key)
    {
        if (!MediaKeys.IsValid(key)) throw new ArgumentException($"'{key}' is not a valid media key.", nameof(key));
    }
}
