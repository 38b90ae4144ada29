namespace Guangzhou.Analysis;
