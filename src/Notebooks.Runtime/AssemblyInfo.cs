namespace Notebooks.Runtime;
