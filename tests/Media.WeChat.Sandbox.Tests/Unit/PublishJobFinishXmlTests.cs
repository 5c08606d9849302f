using Media.WeChat.Sandbox.Callbacks;

namespace Media.WeChat.Sandbox.Tests.Unit;

public sealed class PublishJobFinishXmlTests
{
    [Fact]
    public void Build_MatchesAppendixA_WhenPublishSucceeded()
    {
        var xml = PublishJobFinishXml.Build("gh_4d00ed8d6399", "oV5CrjpxgaGXNHIQigzNlgLTnwic", 1481013459, 2247503051, 0,
            "b5O2OUs25HBxRceL7hfReg-U9QGeq9zQjiDvyWP4Hq4", ["ARTICLE_URL"], []);

        Assert.Equal(ReferenceVectors.PublishJobFinishXml, xml);
    }

    [Fact]
    public void Build_RepeatsFailIdxWithoutArticle_WhenOriginalCheckFailed()
    {
        var xml = PublishJobFinishXml.Build("gh_4d00ed8d6399", "mphelper", 1481013459, 2247503051, 2, null, [], [1, 2]);

        Assert.Contains("<publish_status>2</publish_status><fail_idx>1</fail_idx><fail_idx>2</fail_idx></PublishEventInfo>", xml);
        Assert.DoesNotContain("article_id", xml);
    }
}
