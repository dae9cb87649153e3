using TalentWatch.Web.Features.Departures;

namespace TalentWatch.Web.Tests.Components;

public sealed class FlowLayoutTests
{
    private static readonly FlowEdge[] Flow =
    [
        new("Alpha", "Meta", 40), new("Alpha", "OpenAI", 1), new("Beta", "Meta", 1), new("Gamma", "Unknown employer", 1),
        new("Delta", "OpenAI", 1), new("Epsilon", "Meta", 1), new("Zeta", "Anthropic", 1),
    ];

    [Fact]
    public void Nodes_in_a_column_are_far_enough_apart_for_their_labels_even_for_one_departure()
    {
        var layout = FlowLayout.For(Flow);

        foreach (var column in layout.Nodes.GroupBy(n => n.Left))
        {
            var nodes = column.OrderBy(n => n.Y).ToList();
            for (var i = 1; i < nodes.Count; i++)
            {
                Assert.True(nodes[i].Y - nodes[i - 1].Y >= FlowLayout.MinNodePitch, $"{nodes[i].Name} is {nodes[i].Y - nodes[i - 1].Y} below {nodes[i - 1].Name}");
            }
        }

        Assert.True(layout.Height >= layout.Nodes.Max(n => n.Y + n.Height));
    }

    [Fact]
    public void Each_flow_is_one_band_and_a_single_flow_is_a_band_between_two_labelled_nodes()
    {
        var layout = FlowLayout.For([new FlowEdge("Halcyon", "Meta", 5)]);

        Assert.Single(layout.Bands);
        Assert.Equal(["Halcyon", "Meta"], layout.Nodes.Select(n => n.Name));
        Assert.Equal(Flow.Length, FlowLayout.For(Flow).Bands.Count);
    }
}
