namespace Media.MediaLibrary.Storage;

/// <summary>
/// An S3-compatible bucket for originals and variants (<c>Media:MediaLibrary:S3</c>, docs/operations.md §8): Amazon
/// S3, 阿里云 OSS, 华为云 OBS, 天翼云 ZOS, MinIO. <see cref="SecretKey"/> is a credential: <see cref="ToString"/> leaves
/// it out and nothing logs it.
/// </summary>
public sealed class S3StorageOptions
{
    /// <summary>The endpoint, e.g. <c>https://oss-cn-hangzhou.aliyuncs.com</c>.</summary>
    public string? ServiceUrl { get; set; }

    public string? Bucket { get; set; }

    public string? AccessKey { get; set; }

    public string? SecretKey { get; set; }

    /// <summary><c>https://endpoint/bucket/key</c> when true; <c>https://bucket.endpoint/key</c> (virtual-host style) when false.</summary>
    public bool ForcePathStyle { get; set; }

    /// <summary>The signing region (e.g. <c>cn-hangzhou</c>); most S3-compatible services accept the default <c>us-east-1</c>.</summary>
    public string? Region { get; set; }

    /// <summary>
    /// Optional public base of the <c>variants/</c> keys — a CDN, or the bucket's own address when only
    /// <c>variants/</c> is public-read — e.g. <c>https://media-cdn.example.cn/</c>. Set, public pages and the read API
    /// link <c>{PublicBaseUrl}variants/…</c>; Media still serves <c>/media/…</c> (docs/operations.md §8.1).
    /// </summary>
    public string? PublicBaseUrl { get; set; }

    internal bool IsComplete =>
        Uri.TryCreate(ServiceUrl, UriKind.Absolute, out var url) && url.Scheme is "http" or "https"
        && !string.IsNullOrWhiteSpace(Bucket) && !string.IsNullOrWhiteSpace(AccessKey) && !string.IsNullOrWhiteSpace(SecretKey);

    public override string ToString() => $"S3StorageOptions {{ ServiceUrl = {ServiceUrl}, Bucket = {Bucket}, AccessKey = {AccessKey}, ForcePathStyle = {ForcePathStyle}, PublicBaseUrl = {PublicBaseUrl} }}";
}
