"""Writes the Python baseline notebooks: pandas + plotly doing what notebooks/01 and 02 do (load the cited CSVs,
tables, lead changes, growth rankings and charts). Benchmark inputs only; run: /usr/bin/python3 make_notebooks.py"""
import nbformat
from nbformat.v4 import new_code_cell, new_markdown_cell, new_notebook

SETUP = """import pandas as pd
import plotly.express as px
import plotly.io as pio
pio.renderers.default = "plotly_mimetype+notebook"  # offline: plotly.js inlined once, like the workspace's pages
DATA = "../../../data/"
typed = {"value": "float64", "period": "string", "entity": "string", "series": "string", "vintage": "string"}
obs = pd.concat([pd.read_csv(DATA + f + ".csv", dtype=typed) for f in ["gdp", "industry", "market", "fiscal", "targets"]], ignore_index=True)
sources = pd.read_csv(DATA + "sources.csv")
claims = pd.read_csv(DATA + "claims.csv")
entities = pd.read_csv(DATA + "entities.csv").set_index("entity_id")
vintage_rank = {"first": 0, "final": 1, "revised": 2}
obs["rank"] = obs["vintage"].map(vintage_rank).fillna(0)
annual = obs[obs["period"].str.fullmatch(r"\\d{4}")].assign(year=lambda d: d["period"].astype(int))
best = annual.sort_values("rank").groupby(["series", "entity", "year"], as_index=False).last()
def name(e): return entities.loc[e, "name_en"] if e in entities.index else e
print(f"{len(obs)} observations from {len(sources)} sources, {len(claims)} claims of the article.")"""

NB01 = [
    new_markdown_cell("# The GDP race (Python baseline)"),
    new_code_cell(SETUP),
    new_code_cell('claims[claims["theme"].isin(["gdp", "targets"])][["claim_id", "quote", "value", "unit"]]'),
    new_code_cell('challenger, incumbent, from_year, to_year = "chongqing", "guangzhou", 2019, 2025'),
    new_code_cell('gdp = best[(best["series"] == "gdp") & (best["unit"] == "億元") & best["year"].between(from_year, to_year)]\n'
                  'table = gdp.pivot(index="entity", columns="year", values="value")\ntable'),
    new_code_cell('px.line(gdp.assign(city=gdp["entity"].map(name)), x="year", y="value", color="city", markers=True,\n'
                  '        title="GDP, 億元", width=1200, height=720)'),
    new_code_cell('pair = table.loc[[challenger, incumbent]].T.dropna()\n'
                  'leader = (pair[challenger] > pair[incumbent]).map({True: challenger, False: incumbent})\n'
                  'for year, who in leader[leader != leader.shift()].iloc[1:].items():\n'
                  '    other = incumbent if who == challenger else challenger\n'
                  '    print(f"{year}: {name(who)} passed {name(other)} by {abs(pair.loc[year, challenger] - pair.loc[year, incumbent]):.2f} 億元")'),
    new_code_cell('growth = best[best["series"] == "gdp_real_growth"]\n'
                  'ranking = growth[growth["year"] == 2024].sort_values("value", ascending=False)[["entity", "value"]]\nranking'),
    new_code_cell('px.bar(ranking.assign(city=ranking["entity"].map(name)), x="city", y="value", title="Real GDP growth 2024, %", width=1200, height=720)'),
    new_code_cell('r25 = growth[growth["year"] == 2025].sort_values("value", ascending=False)\n'
                  'px.bar(r25.assign(city=r25["entity"].map(name)), x="city", y="value", title="Real GDP growth 2025, %", width=1200, height=720)'),
    new_code_cell('targets = best[(best["series"] == "gdp_growth_target") & (best["entity"] == incumbent)][["year", "value"]].rename(columns={"value": "target"})\n'
                  'outcome = growth[growth["entity"] == incumbent][["year", "value"]].rename(columns={"value": "outcome"})\n'
                  'vs = targets.merge(outcome, on="year", how="left").assign(gap=lambda d: d["outcome"] - d["target"])\nvs'),
    new_code_cell('px.bar(vs.melt(id_vars="year", value_vars=["target", "outcome"]), x="year", y="value", color="variable", barmode="group",\n'
                  '       title="Growth against target, %", width=1200, height=720)'),
    new_code_cell('print(f"{name(incumbent)} missed its growth target in {(vs[\'gap\'] < 0).sum()} of {vs[\'gap\'].notna().sum()} years.")'),
]

NB02 = [
    new_markdown_cell("# The auto slump (Python baseline)"),
    new_code_cell(SETUP),
    new_code_cell('claims[claims["theme"].isin(["industry", "autos", "market"])][["claim_id", "quote", "value", "unit"]]'),
    new_code_cell('city_a, city_b, year = "guangzhou", "chongqing", 2024'),
    new_code_cell('measures = ["secondary_industry_va_growth", "industrial_va_growth", "auto_mfg_va_growth"]\n'
                  'comparison = best[best["series"].isin(measures) & best["entity"].isin([city_a, city_b]) & (best["year"] == year)]\n'
                  'comparison.pivot(index="series", columns="entity", values="value")'),
    new_code_cell('px.bar(comparison.assign(city=comparison["entity"].map(name)), x="series", y="value", color="city", barmode="group",\n'
                  '       title=f"Growth measures {year}, %", width=1200, height=720)'),
    new_code_cell('output = best[(best["series"] == "auto_output") & (best["year"] == year)].set_index("entity")["value"]\n'
                  'if city_a in output and city_b in output:\n'
                  '    print(f"{year}: {name(city_a)} {output[city_a]} 萬輛, {name(city_b)} {output[city_b]} 萬輛; margin {abs(output[city_a] - output[city_b]) * 10000:.0f} 輛")\n'
                  'else:\n'
                  '    print(f"No {year} output for both cities.")'),
    new_code_cell('path = obs[(obs["series"] == "auto_mfg_va_growth") & obs["entity"].isin([city_a, city_b]) & obs["period"].str.startswith((str(year), str(year + 1)))]\n'
                  'path[["entity", "period", "value"]]'),
    new_code_cell('px.line(path.assign(city=path["entity"].map(name)), x="period", y="value", color="city", markers=True,\n'
                  '        title="Auto manufacturing value added, cumulative growth %", width=1200, height=720)'),
    new_code_cell('for _, o in annual[(annual["series"] == "auto_output") & (annual["entity"] == city_b)].iterrows():\n'
                  '    print(f"{name(city_b)} output {o[\'period\']}: {o[\'value\']} {o[\'unit\']} ({o[\'source_id\']})")'),
    new_code_cell('nev = annual[annual["series"] == "nev_sales"]\nnev.pivot_table(index="entity", columns="year", values="value", aggfunc="last")'),
    new_code_cell('px.bar(nev.assign(who=nev["entity"].map(name)), x="year", y="value", color="who", barmode="group",\n'
                  '       title="NEV sales, 萬輛", width=1200, height=720)'),
    new_code_cell('va = best[(best["series"] == "auto_mfg_va_growth") & (best["entity"] == city_a) & (best["year"] == year)]["value"]\n'
                  'print(f"{name(city_a)} auto manufacturing {year}: {va.iloc[0] if len(va) else \'n/a\'} %")'),
]

for file, cells in [("01-gdp-race.py.ipynb", NB01), ("02-auto-industry.py.ipynb", NB02)]:
    nb = new_notebook(cells=cells, metadata={"kernelspec": {"name": "python3", "display_name": "Python 3", "language": "python"}})
    nbformat.write(nb, file)
