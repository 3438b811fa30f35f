import {
  columnOrderingFeature,
  columnResizingFeature,
  columnSizingFeature,
  columnVisibilityFeature,
  tableFeatures,
} from '@tanstack/react-table';

/**
 * What the data table uses of TanStack Table: column order, visibility, sizes and resizing. Sorting is the
 * server's: the table only remembers which column and which way, and asks the API.
 */
export const features = tableFeatures({
  columnOrderingFeature,
  columnVisibilityFeature,
  columnSizingFeature,
  columnResizingFeature,
});

export type Features = typeof features;
