using Amazon.Runtime;
using Amazon.S3;
using Amazon.S3.Model;

namespace Media.Testing;

/// <summary>The S3-compatible server (s3rver) the test script starts. Tests never skip for want of it: they fail and
/// say why. s3rver accepts any bucket and the fixed key pair below.</summary>
public static class S3Server
{
    public const string Variable = "MEDIA_TEST_S3";
    public const string AccessKey = "S3RVER";
    public const string SecretKey = "S3RVER";

    public static string ServiceUrl =>
        Environment.GetEnvironmentVariable(Variable) is { Length: > 0 } value
            ? value
            : throw new InvalidOperationException(
                $"{Variable} is not set. Run the tests with 'bash tests/test.sh', which starts an s3rver, " +
                $"or set {Variable} to e.g. 'http://127.0.0.1:4569'.");

    /// <summary>A client of the test server, for creating buckets and looking into them.</summary>
    public static AmazonS3Client Client() => new(new BasicAWSCredentials(AccessKey, SecretKey), new AmazonS3Config
    {
        ServiceURL = ServiceUrl,
        ForcePathStyle = true,
        AuthenticationRegion = "us-east-1",
        RequestChecksumCalculation = RequestChecksumCalculation.WHEN_REQUIRED,
        ResponseChecksumValidation = ResponseChecksumValidation.WHEN_REQUIRED,
    });

    /// <summary>Creates a fresh bucket and returns the settings that store a site's media in it.</summary>
    public static async Task<Dictionary<string, string?>> BucketSettingsAsync(string bucket)
    {
        using var client = Client();
        await client.PutBucketAsync(new PutBucketRequest { BucketName = bucket });
        return new Dictionary<string, string?>
        {
            ["Media:MediaLibrary:Storage"] = "S3",
            ["Media:MediaLibrary:S3:ServiceUrl"] = ServiceUrl,
            ["Media:MediaLibrary:S3:Bucket"] = bucket,
            ["Media:MediaLibrary:S3:AccessKey"] = AccessKey,
            ["Media:MediaLibrary:S3:SecretKey"] = SecretKey,
            ["Media:MediaLibrary:S3:ForcePathStyle"] = "true",
        };
    }
}
