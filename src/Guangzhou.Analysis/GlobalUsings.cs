// The library's own namespaces, visible everywhere in it, so that files list only what is particular to them.
global using System.Globalization;
global using Guangzhou.Analysis.Calculations;
global using Guangzhou.Analysis.Claims;
global using Guangzhou.Analysis.Data;
global using Guangzhou.Analysis.Stories;
global using Guangzhou.Analysis.Units;
