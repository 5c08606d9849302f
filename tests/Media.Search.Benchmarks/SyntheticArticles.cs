using Media.Abstractions.Content;

namespace Media.Search.Benchmarks;

/// <summary>Generated county news: titles and bodies made of common newsroom words, so word frequencies look like
/// real copy (a few words everywhere, most words rare).</summary>
internal static class SyntheticArticles
{
    public static readonly string[] Words =
    [
        "县委", "县政府", "召开", "会议", "乡村", "振兴", "农业", "生产", "群众", "工作", "发展", "建设", "项目", "推进",
        "安全", "教育", "学校", "学生", "医院", "医疗", "卫生", "健康", "道路", "交通", "公路", "桥梁", "供水", "供暖",
        "环境", "保护", "河道", "治理", "森林", "防火", "旅游", "文化", "活动", "比赛", "志愿者", "服务", "社区", "居民",
        "养老", "就业", "培训", "企业", "招商", "投资", "产业", "园区", "电商", "直播", "茶叶", "水果", "蔬菜", "大棚",
        "猕猴桃", "核桃", "板栗", "香菇", "木耳", "花椒", "辣椒", "樱桃", "蜂蜜", "养殖", "合作社", "农民", "收入", "丰收",
        "春耕", "秋收", "防汛", "抗旱", "气象", "降雨", "天气", "消防", "演练", "公安", "交警", "法律", "宣传", "政策",
        "补贴", "资金", "改造", "完工", "开工", "通车", "新建", "提升", "检查", "督导", "调研", "部署", "落实", "表彰",
    ];

    public static IEnumerable<PublishedArticle> Generate(int count, int seed = 2026)
    {
        var random = new Random(seed);
        var column = Guid.NewGuid();
        var start = new DateTimeOffset(2020, 1, 1, 0, 0, 0, TimeSpan.Zero);
        for (var i = 0; i < count; i++)
        {
            var id = Guid.NewGuid();
            var title = Sentence(random, 4, 7);
            var body = string.Join("", Enumerable.Range(0, 8).Select(_ => "<p>" + Sentence(random, 8, 16) + "。</p>"));
            yield return new PublishedArticle(id, column, "要闻", "news", title, null, "记者", "县融媒体中心", null, body, null, [],
                1, "hash", start.AddMinutes(i * 7), start.AddMinutes(i * 7), $"/articles/{id}");
        }
    }

    private static string Sentence(Random random, int min, int max) =>
        string.Join("", Enumerable.Range(0, random.Next(min, max)).Select(_ => Zipf(random)));

    /// <summary>A word picked with a Zipf-like skew: the first words of the list are far more frequent.</summary>
    private static string Zipf(Random random) => Words[(int)(Words.Length * Math.Pow(random.NextDouble(), 2.5))];
}
