export { Timeline, type TimelineProps } from './Timeline';
export {
  bringIntoView,
  centerOn,
  chronological,
  coreWindow,
  panWindow,
  stepThrough,
  toItems,
  toLanes,
  windowAround,
  periodId,
  SIDE_ORDER,
  zoomWindow,
  type ItemModel,
  type LaneModel,
} from './model';
