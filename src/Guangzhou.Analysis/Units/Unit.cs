namespace Guangzhou.Analysis.Units;

/// <summary>The units the data may carry. The CSV spells them in Traditional Chinese, as the article does.</summary>
public enum Unit
{
    /// <summary>億元: 100 million yuan.</summary>
    Yi,
    /// <summary>萬億元: one trillion yuan (10,000 億元).</summary>
    WanYi,
    /// <summary>萬輛: ten thousand vehicles.</summary>
    WanVehicles,
    /// <summary>輛: vehicles.</summary>
    Vehicles,
    /// <summary>%: a rate or share.</summary>
    Percent,
    /// <summary>百分點: a difference between two rates.</summary>
    PercentagePoints,
    /// <summary>個: a count of things (projects, clusters, companies).</summary>
    Count,
    /// <summary>年: a number of years ("三年前").</summary>
    Years,
    /// <summary>平方米: square metres of floor area.</summary>
    SquareMetres,
}

/// <summary>What a unit measures; only units of one dimension convert into each other.</summary>
public enum Dimension { Money, Vehicles, Rate, RateDifference, Count, Duration, Area }
