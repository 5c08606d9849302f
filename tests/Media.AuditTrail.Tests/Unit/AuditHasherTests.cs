using System.Security.Cryptography;
using System.Text;
using Media.AuditTrail.Chain;

namespace Media.AuditTrail.Tests.Unit;

public sealed class AuditHasherTests
{
    [Fact]
    public void ComputeHex_EqualsHmacOfPrevHashAndDocumentedCanonicalText()
    {
        var entry = TestChain.Entry(4, """{"title":"县里\"会议\"","n":1}""");
        const string prev = "0123456789abcdef0123456789abcdef0123456789abcdef0123456789abcdef";
        // The canonical form written out by hand, exactly as an outside verifier would build it.
        var canonical = "[4,\"2026-03-01T08:00:04.936Z\",\"00000000-0000-0000-0000-000000000004\",\"编辑 Zhang\",\"article.edited\"," +
            "\"article\",\"6f1c0d36-5d5b-4cbb-9f4f-2b7d8a1e0c11\",\"6f1c0d36-5d5b-4cbb-9f4f-2b7d8a1e0c11\",4,\"" + new string('a', 64) +
            "\",\"{\\\"title\\\":\\\"县里\\\\\\\"会议\\\\\\\"\\\",\\\"n\\\":1}\"]";
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(TestChain.Key, Encoding.UTF8.GetBytes(prev + canonical)));

        using var hasher = new AuditHasher(TestChain.Key);

        Assert.Equal(expected, hasher.ComputeHex(prev, entry));
        Assert.True(hasher.Matches(prev, entry, expected));
    }

    [Fact]
    public void ComputeHex_WritesNullsForAbsentFields_AndAgreesWithAuditChain()
    {
        var entry = TestChain.Entry(3);
        entry.ArticleId = null;
        entry.Version = null;
        entry.ContentHash = null;
        var canonical = "[3,\"2026-03-01T08:00:03.702Z\",null,\"system\",\"article.created\",\"article\"," +
            "\"6f1c0d36-5d5b-4cbb-9f4f-2b7d8a1e0c11\",null,null,null,\"{\\\"title\\\":\\\"春耕\\\"}\"]";
        var expected = Convert.ToHexStringLower(HMACSHA256.HashData(TestChain.Key, Encoding.UTF8.GetBytes(canonical)));
        using var hasher = new AuditHasher(TestChain.Key);

        Assert.Equal(expected, hasher.ComputeHex(AuditChain.Genesis, entry));
        Assert.Equal(expected, new AuditChain(new AuditKey(TestChain.Key)).ComputeHash(AuditChain.Genesis, entry));
    }

    [Fact]
    public void Matches_IsFalse_ForAnotherKeyOrAnotherPrevHash()
    {
        var entry = TestChain.Entry(1);
        using var hasher = new AuditHasher(TestChain.Key);
        using var other = new AuditHasher(RandomNumberGenerator.GetBytes(32));
        var hash = hasher.ComputeHex("", entry);

        Assert.False(other.Matches("", entry, hash));
        Assert.False(hasher.Matches("x", entry, hash));
        Assert.False(hasher.Matches("", entry, hash.ToUpperInvariant()));
    }
}

public sealed class CanonicalTextTests
{
    [Theory]
    [InlineData("plain")]
    [InlineData("县里\"会议\"\\路径")]
    [InlineData("控制\u0001\t\n\r字符")]
    [InlineData("<script>&'</script>")]
    [InlineData("emoji 🎉 and U+2028 \u2028 U+2029 \u2029")]
    [InlineData("")]
    public void CanonicalFromUtf8_IsWhatSystemTextJsonWritesForTheStrings(string text)
    {
        var entry = TestChain.Entry(5, data: text);
        entry.ActorName = text;
        entry.SubjectId = text;
        var buffer = new System.Buffers.ArrayBufferWriter<byte>();

        AuditChain.WriteCanonical(buffer, entry);

        var options = new System.Text.Json.JsonSerializerOptions { Encoder = AuditChain.CanonicalJson.Encoder };
        var expected = System.Text.Json.JsonSerializer.Serialize(new object?[]
        {
            5L, AuditChain.FormatTime(entry.At), entry.ActorId, text, entry.Action, entry.SubjectKind, text, entry.ArticleId,
            entry.Version, entry.ContentHash, text,
        }, options);
        Assert.Equal(expected, Encoding.UTF8.GetString(buffer.WrittenSpan));
    }
}
