using System.Reflection;
using Media.Abstractions.Auditing;

namespace Media.Abstractions.Tests.Unit;

public sealed class AuditActionLabelsTests
{
    /// <summary>Every action constant the code can record, found by reflection: a new one without a name fails here.</summary>
    public static TheoryData<string> Actions()
    {
        var data = new TheoryData<string>();
        foreach (var field in typeof(AuditActions).GetFields(BindingFlags.Public | BindingFlags.Static))
            if (field is { IsLiteral: true } && field.FieldType == typeof(string)) data.Add((string)field.GetRawConstantValue()!);
        return data;
    }

    [Theory]
    [MemberData(nameof(Actions))]
    public void EveryRecordedAction_HasAChineseName(string action)
    {
        Assert.True(AuditActionLabels.Has(action), $"AuditActionLabels has no name for '{action}'.");
        var label = AuditActionLabels.Label(action);
        Assert.DoesNotContain(label, c => char.IsAsciiLetter(c));
    }

    [Fact]
    public void Names_AreDistinct_AndReadable()
    {
        var labels = AuditActionLabels.All.Select(p => p.Value).ToList();

        Assert.Equal(labels.Count, labels.Distinct().Count());
        Assert.Equal("登录成功", AuditActionLabels.Label(AuditActions.SignInSucceeded));
        Assert.Equal("签发", AuditActionLabels.Label(AuditActions.ReviewSignedOff));
        Assert.Equal("投递失败", AuditActionLabels.Label(AuditActions.DeliveryFailed));
    }

    [Fact]
    public void AnUnknownAction_IsNamedAsSuch_NotShownAsCode()
    {
        Assert.Equal("其他操作", AuditActionLabels.Label("legacy.thing"));
    }
}
